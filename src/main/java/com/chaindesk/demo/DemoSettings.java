package com.chaindesk.demo;

import java.util.Map;

import com.chaindesk.config.SettingChanges;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settings that show HQ's standard with local variation at work: Taiwan and Hong Kong default to traditional
 * Chinese, Hong Kong's stores keep later hours, and the first store greets its staff in its own words.
 */
@Component
class DemoSettings implements DemoStep {

	private final SettingChanges changes;
	private final OrgDirectory org;
	private final JsonMapper json;

	DemoSettings(SettingChanges changes, OrgDirectory org, JsonMapper json) {
		this.changes = changes;
		this.org = org;
		this.json = json;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void load() {
		for (RegionRef region : org.regions()) {
			if ("TW".equals(region.code()) || "HK".equals(region.code())) {
				set(StandardSettings.DEFAULT_LOCALE.key(), OrgScope.region(region.id()), "zh-TW");
			}
			if ("HK".equals(region.code())) {
				set(StandardSettings.OPENING_HOURS_TEMPLATE.key(), OrgScope.region(region.id()), Map.of(
						"MON", new String[] { "11:00-22:00" }, "TUE", new String[] { "11:00-22:00" },
						"WED", new String[] { "11:00-22:00" }, "THU", new String[] { "11:00-22:00" },
						"FRI", new String[] { "11:00-23:00" }, "SAT", new String[] { "10:00-23:30" },
						"SUN", new String[] { "10:00-22:00" }));
			}
		}
		StoreRef first = org.storesOfRegion(org.regions().getFirst().id()).getFirst();
		set(StandardSettings.STORE_GREETING.key(), OrgScope.store(first.id(), first.regionId()), Map.of(
				"zh-CN", "早班 9:00 前完成收银机开机自检；遇到问题先查知识库，再一键报修。",
				"zh-TW", "早班 9:00 前完成收銀機開機自檢；遇到問題先查知識庫，再一鍵報修。",
				"en", "Run the POS start-up check before 9:00; search the knowledge base first, then report in one tap."));
	}

	private void set(String key, OrgScope scope, Object value) {
		changes.set(key, scope, json.valueToTree(value), null);
	}
}
