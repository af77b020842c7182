package com.chaindesk.assist.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the classifier must beat: the dictionary of keywords per category a service desk would write by hand
 * (simplified; Taiwan wording is normalised first, as for the classifier). The category with the most keyword hits
 * wins; no hit at all falls back to the most common category.
 */
final class KeywordRules {

	private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

	static {
		KEYWORDS.put("pos-terminal", List.of("收银机", "pos", "收银系统", "死机", "开不了机", "黑屏", "蓝屏", "当机"));
		KEYWORDS.put("pos-payment", List.of("支付", "付款", "刷卡", "微信", "支付宝", "扣款", "交易失败", "银行卡", "信用卡", "退款"));
		KEYWORDS.put("pos-scanner", List.of("扫码枪", "扫描枪", "扫描器", "条码枪", "扫不出"));
		KEYWORDS.put("pos-cash-drawer", List.of("钱箱", "钱柜", "抽屉"));
		KEYWORDS.put("network-down", List.of("断网", "没网", "网断", "路由器", "光猫", "宽带", "离线", "上不了网"));
		KEYWORDS.put("network-wifi", List.of("wifi", "wi-fi", "无线", "ap", "信号"));
		KEYWORDS.put("network-slow", List.of("网速", "很慢", "卡", "延迟", "丢包"));
		KEYWORDS.put("printer-receipt", List.of("小票", "发票", "热敏", "收据"));
		KEYWORDS.put("printer-label", List.of("标签", "碳带", "斑马", "zebra"));
		KEYWORDS.put("printer-office", List.of("办公", "复印", "硒鼓", "墨盒", "驱动", "打印机"));
		KEYWORDS.put("store-app-login", List.of("登录", "账号", "密码", "验证码", "登入", "帐号"));
		KEYWORDS.put("store-app-crash", List.of("闪退", "崩溃", "卡死", "白屏", "app"));
		KEYWORDS.put("store-app-data", List.of("库存", "数据", "对不上", "不一致", "同步"));
		KEYWORDS.put("membership-points", List.of("积分", "点数"));
		KEYWORDS.put("membership-coupon", List.of("券", "核销", "优惠"));
		KEYWORDS.put("membership-account", List.of("会员", "会员卡", "手机号"));
		KEYWORDS.put("esl-price-mismatch", List.of("价签", "价格", "旧价", "不一致"));
		KEYWORDS.put("esl-offline", List.of("电子价签", "价签离线", "基站", "esl"));
		KEYWORDS.put("cctv-camera", List.of("监控", "摄像头", "画面", "摄影机", "监视器"));
		KEYWORDS.put("cctv-recording", List.of("录像", "回放", "硬盘", "nvr", "录影"));
		KEYWORDS.put("equipment-scale", List.of("秤", "称重", "磅"));
		KEYWORDS.put("equipment-fridge", List.of("冷柜", "冰柜", "冷藏", "冷冻", "制冷", "冷库"));
		KEYWORDS.put("equipment-aircon", List.of("空调", "冷气", "热风"));
		KEYWORDS.put("equipment-door", List.of("自动门", "感应门", "卷帘门", "门禁", "铁卷门"));
	}

	private final String fallback;

	KeywordRules(String fallback) {
		this.fallback = fallback;
	}

	String classify(String text) {
		String normalised = ProblemText.normalise(text);
		String best = fallback;
		int bestHits = 0;
		for (var entry : KEYWORDS.entrySet()) {
			int hits = 0;
			for (String keyword : entry.getValue()) {
				if (normalised.contains(keyword)) {
					hits++;
				}
			}
			if (hits > bestHits) {
				bestHits = hits;
				best = entry.getKey();
			}
		}
		return best;
	}
}
