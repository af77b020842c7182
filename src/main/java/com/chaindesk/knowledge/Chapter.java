package com.chaindesk.knowledge;

import com.chaindesk.platform.OrgScope;

/**
 * A part of the knowledge base kept by one part of the chain: HQ's ({@code hq}), a region's ({@code region:3}) or a
 * store's own ({@code store:12}). Its key is the {@link OrgScope#key()} of its scope.
 */
public record Chapter(String key, OrgScope scope) {

	public static Chapter of(OrgScope scope) {
		if (scope.level() == OrgScope.Level.VENDOR) {
			throw new IllegalArgumentException("Vendors keep no knowledge chapter");
		}
		return new Chapter(scope.key(), scope);
	}

	public boolean isHq() {
		return scope.isHq();
	}

	/** Whether a reader acting for {@code reader} sees this chapter: their own, the ones above them and the ones below. */
	public boolean readableFrom(OrgScope reader) {
		return switch (reader.level()) {
			case HQ -> true;
			case REGION -> isHq() || scope.within(reader);
			case STORE -> isHq() || scope.equals(OrgScope.region(reader.regionId())) || scope.equals(reader);
			case VENDOR -> isHq();
		};
	}
}
