package com.chaindesk.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;

/** Turns the scope keys settings are addressed by ({@code hq}, {@code region:3}, {@code store:12}) into scopes. */
@Component
public class SettingScopes {

	private static final Pattern KEY = Pattern.compile("(hq)|(region|store):([1-9][0-9]{0,17})");

	/** A scope key that is not {@code hq}, {@code region:{id}} or {@code store:{id}}. */
	public static class Malformed extends IllegalArgumentException {

		public Malformed(String given) {
			super("'" + given + "' is not a scope: use hq, region:{id} or store:{id}");
		}
	}

	private final OrgDirectory org;

	SettingScopes(OrgDirectory org) {
		this.org = org;
	}

	/**
	 * The scope a key names, with the region of a store looked up.
	 *
	 * @throws Malformed when the key is not a scope key
	 * @throws NotFound when the region or store does not exist
	 */
	public OrgScope resolve(String key) {
		Matcher m = key == null ? null : KEY.matcher(key.trim());
		if (m == null || !m.matches()) {
			throw new Malformed(key);
		}
		if (m.group(1) != null) {
			return OrgScope.hq();
		}
		long id = Long.parseLong(m.group(3));
		return "region".equals(m.group(2)) ? region(id) : store(id);
	}

	public OrgScope region(long id) {
		return org.region(id).map(region -> OrgScope.region(region.id())).orElseThrow(() -> new NotFound("Region", id));
	}

	public OrgScope store(long id) {
		StoreRef store = org.store(id).orElseThrow(() -> new NotFound("Store", id));
		return OrgScope.store(store.id(), store.regionId());
	}
}
