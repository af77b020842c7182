package com.chaindesk.assist.photo;

import java.awt.Color;
import java.util.List;

/**
 * Error screens and panels of the devices in the chain's stores, in the three languages the stores read, in varied
 * fonts, sizes and capture conditions: the fixtures for the photo tests and the OCR figure (bench/ocr.sh).
 */
public final class ErrorScreens {

	static final String SANS_SC = "Noto Sans CJK SC";
	static final String SANS_TC = "Noto Sans CJK TC";
	static final String SERIF_SC = "Noto Serif CJK SC";
	static final String MONO_SC = "Noto Sans Mono CJK SC";
	static final String MONO_TC = "Noto Sans Mono CJK TC";

	static final Color WHITE = Color.WHITE;
	static final Color BLACK = new Color(20, 20, 20);
	static final Color POS_BLUE = new Color(16, 60, 140);
	static final Color LCD_GREEN = new Color(150, 190, 120);
	static final Color PANEL_GREY = new Color(225, 228, 232);
	static final Color ERROR_RED = new Color(190, 30, 30);

	private ErrorScreens() {
	}

	public static List<ErrorScreen> all() {
		return List.of(
				screen("pos-zh-cn", List.of("交易失败", "错误代码 E-1043", "请联系技术支持"), List.of("E-1043"), SANS_SC, 28, WHITE, BLACK),
				screen("printer-panel-e03", List.of("E03 卡纸", "请打开上盖取出纸张"), List.of("E03"), SANS_SC, 32, LCD_GREEN, BLACK),
				new ErrorScreen("pos-blue-screen", List.of("收银系统异常", "错误代码：E-2071", "数据库连接中断，请重启收银机"), List.of("E-2071"),
						SANS_SC, 26, POS_BLUE, WHITE, 0, 0, 0),
				screen("card-terminal-error51", List.of("刷卡失败", "Error 51", "余额不足 请换卡支付"), List.of("Error 51"), SANS_SC, 30, WHITE, BLACK),
				screen("router-net404", List.of("网络连接失败 NET-404", "无法连接到门店服务器"), List.of("NET-404"), SANS_SC, 24, WHITE, BLACK),
				screen("printer-prn05-tw", List.of("印表機錯誤 PRN-05", "請檢查紙捲是否裝好"), List.of("PRN-05"), SANS_TC, 28, WHITE, BLACK),
				screen("pos-tw-code", List.of("交易失敗", "錯誤代碼 1203", "請聯絡資訊部門"), List.of("1203"), SANS_TC, 30, WHITE, BLACK),
				screen("payment-err-hex", List.of("PAYMENT MODULE", "ERR 0x1F", "Card reader not responding"), List.of("ERR 0x1F"), "DejaVu Sans Mono", 26, BLACK, new Color(80, 255, 120)),
				screen("en-printer", List.of("Printer offline", "Error code: PRN-12", "Check the USB cable"), List.of("PRN-12"), "Liberation Sans", 28, WHITE, BLACK),
				screen("scale-e7", List.of("电子秤 称重异常", "E7", "请清空秤盘后重新校准"), List.of("E7"), MONO_SC, 34, LCD_GREEN, BLACK),
				screen("qr-pay-cn", List.of("扫码支付失败", "错误码：3004", "请让顾客刷新付款码"), List.of("3004"), SERIF_SC, 28, WHITE, BLACK),
				screen("esl-gateway", List.of("价签基站离线", "ESL-301", "最后在线 09:42"), List.of("ESL-301"), SANS_SC, 26, PANEL_GREY, BLACK),
				screen("pos-two-codes", List.of("收银机自检失败", "E-1043 钱箱未关闭", "E-1044 打印机未就绪"), List.of("E-1043", "E-1044"), SANS_SC, 26, WHITE, BLACK),
				new ErrorScreen("pos-noisy", List.of("交易失败", "错误代码 E-3310", "请重试或联系IT"), List.of("E-3310"), SANS_SC, 30, WHITE, BLACK, 12, 0, 0),
				new ErrorScreen("printer-blurred", List.of("小票打印机故障", "错误代码 PRN-0x2A", "切刀卡住"), List.of("PRN-0x2A"), SANS_SC, 32, WHITE, BLACK, 0, 1, 0),
				new ErrorScreen("router-tilted", List.of("Network error", "NET-502 Gateway timeout", "Restart the router"), List.of("NET-502"), "Liberation Sans", 30, WHITE, BLACK, 0, 0, 2.5),
				new ErrorScreen("pos-tw-tilted", List.of("收銀機無法開機", "錯誤代碼 E-0807", "請聯絡總部資訊部"), List.of("E-0807"), SANS_TC, 30, WHITE, BLACK, 6, 0, -2),
				new ErrorScreen("red-alert", List.of("系统警告", "错误代码 9021", "会员服务暂不可用"), List.of("9021"), SANS_SC, 28, ERROR_RED, WHITE, 0, 0, 0),
				screen("small-font", List.of("打印机缺纸 E05", "请更换热敏纸"), List.of("E05"), SANS_SC, 18, WHITE, BLACK),
				screen("en-pos", List.of("Transaction declined", "ERROR 1302", "Please contact support"), List.of("ERROR 1302"), "DejaVu Sans", 26, WHITE, BLACK),
				new ErrorScreen("cctv-nvr", List.of("录像机 硬盘异常", "HDD-02", "录像已停止"), List.of("HDD-02"), MONO_SC, 28, BLACK, new Color(230, 230, 230), 8, 0, 0),
				screen("tw-wifi", List.of("無線網路連線失敗", "代碼：NET-110", "請重新啟動基地台"), List.of("NET-110"), MONO_TC, 28, WHITE, BLACK),
				new ErrorScreen("app-crash", List.of("门店App 同步失败", "错误代码 APP-503", "请稍后再试"), List.of("APP-503"), SANS_SC, 30, WHITE, BLACK, 4, 1, 1.5),
				screen("fridge-panel", List.of("冷柜温度报警", "F3", "温度 12°C"), List.of("F3"), MONO_SC, 36, LCD_GREEN, BLACK));
	}

	private static ErrorScreen screen(String name, List<String> lines, List<String> codes, String font, int size,
			Color background, Color ink) {
		return new ErrorScreen(name, lines, codes, font, size, background, ink, 0, 0, 0);
	}
}
