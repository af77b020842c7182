package com.chaindesk.org;

import java.util.List;
import java.util.Map;

/**
 * A store as someone wants it to be, before the rules have looked at it: what a form, a JSON body or a CSV row
 * carries. Every field may be missing or wrong; {@link StoreManagement} says which.
 *
 * @param names by language tag: zh-CN (required), zh-TW, en
 * @param openingHours by weekday key MON..SUN, spans like 09:00-21:00
 * @param version the version the client loaded (required when revising, ignored when registering)
 */
public record StoreDraft(String code, Map<String, String> names, Long regionId, String city, String address,
		Double latitude, Double longitude, String timeZone, String locale, String sizeClass,
		Map<String, List<String>> openingHours, List<StoreClosure> closures, String phone, Integer version) {
}
