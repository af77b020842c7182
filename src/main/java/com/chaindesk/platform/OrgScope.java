package com.chaindesk.platform;

import java.util.Objects;

/**
 * The part of the chain a person acts for: the whole network (HQ), one region, one store, or one vendor company.
 * Every check of "may this person see that row" goes through here, so the rule lives in one place.
 *
 * @param level what kind of scope this is
 * @param regionId the region of a REGION scope, or the region the store of a STORE scope belongs to
 * @param storeId the store of a STORE scope
 * @param vendorId the vendor company of a VENDOR scope
 */
public record OrgScope(Level level, Long regionId, Long storeId, Long vendorId) implements java.io.Serializable {

	public enum Level {
		HQ, REGION, STORE, VENDOR
	}

	public OrgScope {
		Objects.requireNonNull(level, "level");
		switch (level) {
			case HQ -> {
				if (regionId != null || storeId != null || vendorId != null) {
					throw new IllegalArgumentException("An HQ scope names no region, store or vendor");
				}
			}
			case REGION -> Objects.requireNonNull(regionId, "regionId");
			case STORE -> {
				Objects.requireNonNull(storeId, "storeId");
				Objects.requireNonNull(regionId, "regionId");
			}
			case VENDOR -> Objects.requireNonNull(vendorId, "vendorId");
		}
	}

	public static OrgScope hq() {
		return new OrgScope(Level.HQ, null, null, null);
	}

	public static OrgScope region(long regionId) {
		return new OrgScope(Level.REGION, regionId, null, null);
	}

	public static OrgScope store(long storeId, long regionId) {
		return new OrgScope(Level.STORE, regionId, storeId, null);
	}

	public static OrgScope vendor(long vendorId) {
		return new OrgScope(Level.VENDOR, null, null, vendorId);
	}

	public boolean isHq() {
		return level == Level.HQ;
	}

	/** Whether a row that belongs to this store (in this region) is visible from this scope. */
	public boolean coversStore(long store, long region) {
		return switch (level) {
			case HQ -> true;
			case REGION -> regionId == region;
			case STORE -> storeId == store;
			case VENDOR -> false;
		};
	}

	/** Whether everything of a region is visible from this scope (a store sees only itself, not its region). */
	public boolean coversRegion(long region) {
		return switch (level) {
			case HQ -> true;
			case REGION -> regionId == region;
			case STORE, VENDOR -> false;
		};
	}

	/** Whether this scope lies inside {@code other}: a store scope inside its region, everything inside HQ. */
	public boolean within(OrgScope other) {
		return switch (other.level) {
			case HQ -> true;
			case REGION -> (level == Level.REGION || level == Level.STORE) && Objects.equals(regionId, other.regionId);
			case STORE -> level == Level.STORE && Objects.equals(storeId, other.storeId);
			case VENDOR -> level == Level.VENDOR && Objects.equals(vendorId, other.vendorId);
		};
	}

	/** A stable text form, as used in the audit trail and in config scopes: {@code hq}, {@code region:3}, {@code store:12}, {@code vendor:2}. */
	public String key() {
		return switch (level) {
			case HQ -> "hq";
			case REGION -> "region:" + regionId;
			case STORE -> "store:" + storeId;
			case VENDOR -> "vendor:" + vendorId;
		};
	}
}
