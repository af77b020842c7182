package com.chaindesk.ticket;

import java.util.List;
import java.util.Map;

import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.platform.FieldProblem;
import tools.jackson.core.type.TypeReference;

/**
 * The settings the ticket module declares.
 *
 * <p>Custom fields are two settings because config's overrides replace a value whole: were there one list that
 * regions override, a region adding a field would have to copy HQ's list and could drop HQ's required fields. So HQ's
 * list is locked at HQ, each region keeps a list of its own additions, and {@link CustomFields} merges them for a
 * store — HQ's fields first, a regional field whose key HQ already uses is ignored.
 */
public final class TicketSettings {

	public static final SettingDefinition<List<CustomField>> CUSTOM_FIELDS = SettingDefinition
			.builder("ticket.custom-fields", "custom-fields", new TypeReference<List<CustomField>>() {
			})
			.defaultValue(List.of(
					field("pos", "register", "收银台号", "收銀台號", "Register number", CustomFieldType.TEXT, true),
					field("esl", "shelf", "货架编号", "貨架編號", "Shelf code", CustomFieldType.TEXT, false),
					field("network", "devices", "受影响设备数", "受影響設備數", "Devices affected", CustomFieldType.NUMBER, false),
					new CustomField("network", "line", Map.of("zh-CN", "线路", "zh-TW", "線路", "en", "Line"),
							CustomFieldType.CHOICE, false, List.of("Broadband", "4G/5G", "Wi-Fi", "VPN")),
					field("membership-coupon", "coupon-expiry", "券到期日", "券到期日", "Coupon expiry date",
							CustomFieldType.DATE, false)))
			.rules(CustomField::problems)
			.lowestOverride(SettingLevel.HQ)
			.build();

	/** A region's own fields for its stores, added to HQ's; empty unless a region sets it. */
	public static final SettingDefinition<List<CustomField>> REGIONAL_CUSTOM_FIELDS = SettingDefinition
			.builder("ticket.custom-fields.regional", "custom-fields", new TypeReference<List<CustomField>>() {
			})
			.defaultValue(List.of())
			.rules(CustomField::problems)
			.lowestOverride(SettingLevel.REGION)
			.build();

	/** Calendar days after which a resolved ticket the store neither confirmed nor reopened closes by itself. */
	public static final SettingDefinition<Integer> AUTO_CLOSE_DAYS = SettingDefinition
			.builder("ticket.auto-close-days", "days", new TypeReference<Integer>() {
			})
			.defaultValue(7)
			.rules(days -> days != null && days >= 1 && days <= 90 ? List.of()
					: List.of(new FieldProblem("", "from 1 to 90 days")))
			.lowestOverride(SettingLevel.REGION)
			.build();

	private TicketSettings() {
	}

	private static CustomField field(String category, String key, String zhCn, String zhTw, String en,
			CustomFieldType type, boolean required) {
		return new CustomField(category, key, Map.of("zh-CN", zhCn, "zh-TW", zhTw, "en", en), type, required, List.of());
	}
}
