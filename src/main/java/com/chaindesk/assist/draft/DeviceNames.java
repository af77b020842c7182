package com.chaindesk.assist.draft;

import java.util.Locale;
import java.util.Map;

import com.github.houbb.opencc4j.util.ZhTwConverterUtil;

/**
 * The device the classifier names (in simplified Chinese, as the desk labels them) in the reader's language: Taiwan
 * wording for zh-TW (扫码枪 → 掃碼槍), English for the devices the seed set knows, else as labelled.
 */
final class DeviceNames {

	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("POS机", "POS terminal"),
			Map.entry("刷卡机", "Card terminal"), Map.entry("扫码枪", "Barcode scanner"), Map.entry("钱箱", "Cash drawer"),
			Map.entry("路由器", "Router"), Map.entry("无线AP", "Wi-Fi access point"), Map.entry("手持终端", "Handheld terminal"),
			Map.entry("小票打印机", "Receipt printer"), Map.entry("标签打印机", "Label printer"),
			Map.entry("办公打印机", "Office printer"), Map.entry("门店App", "Store app"), Map.entry("电子价签", "Shelf label"),
			Map.entry("价签基站", "Shelf label base station"), Map.entry("摄像头", "Camera"), Map.entry("录像机", "Video recorder"),
			Map.entry("电子秤", "Scale"), Map.entry("冷柜", "Fridge"), Map.entry("空调", "Air conditioner"),
			Map.entry("自动门", "Automatic door"), Map.entry("卷帘门", "Roller shutter"), Map.entry("门禁", "Door access"));

	private DeviceNames() {
	}

	static String of(String device, Locale reader) {
		if (!"zh".equals(reader.getLanguage())) {
			return ENGLISH.getOrDefault(device, device);
		}
		boolean taiwan = "TW".equals(reader.getCountry()) || "Hant".equals(reader.getScript());
		return taiwan ? ZhTwConverterUtil.toTraditional(device) : device;
	}
}
