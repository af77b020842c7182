package com.chaindesk.config;

import java.util.List;
import java.util.Map;

/** The chain's ticket categories as HQ's service desk sorts store problems, before any region adds its own. */
final class ChainCategories {

	static final List<TicketCategory> DEFAULT = List.of(
			node("pos", "收银/POS", "收銀/POS", "Checkout / POS",
					leaf("pos-terminal", "收银机故障", "收銀機故障", "POS terminal fault"),
					leaf("pos-payment", "支付失败", "支付失敗", "Payment failure"),
					leaf("pos-scanner", "扫码枪", "掃碼槍", "Barcode scanner"),
					leaf("pos-cash-drawer", "钱箱", "錢箱", "Cash drawer")),
			node("network", "网络", "網路", "Network",
					leaf("network-down", "门店断网", "門市斷網", "Store offline"),
					leaf("network-wifi", "无线网络", "無線網路", "Wi-Fi"),
					leaf("network-slow", "网速慢", "網速慢", "Slow connection")),
			node("printer", "打印机", "印表機", "Printer",
					leaf("printer-receipt", "小票打印机", "收據印表機", "Receipt printer"),
					leaf("printer-label", "标签打印机", "標籤印表機", "Label printer"),
					leaf("printer-office", "办公打印机", "辦公印表機", "Office printer")),
			node("store-app", "门店App", "門市App", "Store app",
					leaf("store-app-login", "无法登录", "無法登入", "Cannot sign in"),
					leaf("store-app-crash", "闪退或卡顿", "閃退或卡頓", "Crashes or freezes"),
					leaf("store-app-data", "数据不一致", "資料不一致", "Wrong data")),
			node("membership", "会员系统", "會員系統", "Membership",
					leaf("membership-points", "积分问题", "點數問題", "Points"),
					leaf("membership-coupon", "优惠券核销", "優惠券核銷", "Coupon redemption"),
					leaf("membership-account", "会员账号", "會員帳號", "Member account")),
			node("esl", "电子价签", "電子價籤", "Electronic shelf labels",
					leaf("esl-price-mismatch", "价签与系统价格不符", "價籤與系統價格不符", "Price mismatch"),
					leaf("esl-offline", "价签离线", "價籤離線", "Labels offline")),
			node("cctv", "监控", "監控", "CCTV",
					leaf("cctv-camera", "摄像头故障", "攝影機故障", "Camera fault"),
					leaf("cctv-recording", "录像缺失", "錄影缺失", "Missing recordings")),
			node("equipment", "门店设备", "門市設備", "Store equipment",
					leaf("equipment-scale", "电子秤", "電子秤", "Scales"),
					leaf("equipment-fridge", "冷柜", "冷櫃", "Refrigeration"),
					leaf("equipment-aircon", "空调", "空調", "Air conditioning"),
					leaf("equipment-door", "自动门", "自動門", "Automatic doors")));

	private ChainCategories() {
	}

	private static TicketCategory node(String code, String zhCn, String zhTw, String en, TicketCategory... children) {
		return new TicketCategory(code, Map.of("zh-CN", zhCn, "zh-TW", zhTw, "en", en), List.of(children));
	}

	private static TicketCategory leaf(String code, String zhCn, String zhTw, String en) {
		return node(code, zhCn, zhTw, en);
	}
}
