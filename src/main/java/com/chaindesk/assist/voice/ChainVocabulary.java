package com.chaindesk.assist.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.assist.voice.SpokenPhrase.Kind;
import com.chaindesk.config.Settings;
import com.chaindesk.config.StandardSettings;
import com.chaindesk.config.TicketCategory;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.OrgScope;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words a store's voice note is expected to use, as the offline recogniser's grammar needs them: the ticket
 * categories HQ configured, the devices and symptoms staff name them by, the error codes the chain's devices show
 * and the chain's store names. Traditional names are read in simplified form (the pinyin is the same).
 */
@Component
class ChainVocabulary {

	/** What staff call their devices, and the category each points to. */
	static final Map<String, String> DEVICES = devices("收银机=pos-terminal", "POS机=pos-terminal",
			"收款机=pos-terminal", "打印机=printer", "小票机=printer-receipt", "标签机=printer-label",
			"扫码枪=pos-scanner", "扫描枪=pos-scanner", "钱箱=pos-cash-drawer", "刷卡机=pos-payment",
			"扫码支付=pos-payment", "路由器=network-down", "网络=network", "无线=network-wifi", "WiFi=network-wifi",
			"电子秤=equipment-scale", "摄像头=cctv-camera", "录像机=cctv-recording", "价签=esl",
			"冷柜=equipment-fridge", "空调=equipment-aircon", "自动门=equipment-door", "会员=membership",
			"积分=membership-points", "优惠券=membership-coupon", "门店App=store-app");

	/** How staff say what is wrong; a symptom that belongs to one kind of device points to its category. */
	static final Map<String, String> SYMPTOMS = devices("开不了机=", "卡纸=printer", "缺纸=printer",
			"不出纸=printer", "没反应=", "连不上=network", "黑屏=", "断网=network-down", "死机=", "扫不出来=pos-scanner",
			"打不开=", "闪退=store-app-crash", "登录不了=store-app-login", "离线=", "报错=", "很慢=", "不制冷=equipment-fridge",
			"坏了=");

	private final Settings settings;
	private final OrgDirectory org;
	private final List<String> errorCodes;

	ChainVocabulary(Settings settings, OrgDirectory org,
			@Value("${chaindesk.assist.speech.error-codes:E-1043,E03,E05,PRN-05,NET-404}") String errorCodes) {
		this.settings = settings;
		this.org = org;
		this.errorCodes = Arrays.stream(errorCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** HQ's categories and those regions added (the setting may be overridden down to a region). */
	List<SpokenPhrase> phrases() {
		List<TicketCategory> categories = new ArrayList<>(settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.hq()));
		for (RegionRef region : org.regions()) {
			categories.addAll(settings.effective(StandardSettings.TICKET_CATEGORIES, OrgScope.region(region.id())));
		}
		return assemble(categories, storeNames(), errorCodes);
	}

	/** The vocabulary from its sources; phrases that read the same keep their first meaning. */
	static List<SpokenPhrase> assemble(List<TicketCategory> categories, List<String> stores, List<String> codes) {
		Map<String, SpokenPhrase> byText = new LinkedHashMap<>();
		addCategories(categories, byText);
		DEVICES.forEach((text, category) -> byText.putIfAbsent(text, new SpokenPhrase(text, Kind.DEVICE, category)));
		SYMPTOMS.forEach((text, category) -> byText.putIfAbsent(text,
				new SpokenPhrase(text, Kind.SYMPTOM, category.isEmpty() ? null : category)));
		codes.forEach(code -> byText.putIfAbsent(code, new SpokenPhrase(code, Kind.ERROR_CODE, null)));
		stores.forEach(store -> byText.putIfAbsent(store, new SpokenPhrase(store, Kind.STORE, null)));
		return List.copyOf(byText.values());
	}

	private static void addCategories(List<TicketCategory> level, Map<String, SpokenPhrase> byText) {
		for (TicketCategory category : level) {
			for (String lang : List.of("zh-CN", "zh-TW")) {
				String name = category.name().get(lang);
				if (name == null) {
					continue;
				}
				// "收银/POS" and "闪退或卡顿" are two ways of saying it: each half is a phrase.
				for (String part : ZhConverterUtil.toSimple(name).split("[/／、,，]|或")) {
					String phrase = part.strip();
					if (phrase.length() >= 2) {
						byText.putIfAbsent(phrase, new SpokenPhrase(phrase, Kind.CATEGORY, category.code()));
					}
				}
			}
			addCategories(category.children(), byText);
		}
	}

	private List<String> storeNames() {
		List<String> names = new ArrayList<>();
		for (RegionRef region : org.regions()) {
			for (StoreRef store : org.storesOfRegion(region.id())) {
				if (!"CLOSED".equalsIgnoreCase(store.status())) {
					String name = store.names().get("zh-CN");
					if (name != null) {
						names.add(ZhConverterUtil.toSimple(name));
					}
				}
			}
		}
		return names;
	}

	private static Map<String, String> devices(String... pairs) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String pair : pairs) {
			int eq = pair.indexOf('=');
			out.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
		return out;
	}
}
