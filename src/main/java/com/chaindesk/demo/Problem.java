package com.chaindesk.demo;

import java.util.List;
import java.util.Random;

import com.chaindesk.ticket.TicketType;

/**
 * A kind of store trouble the demo's history is made of: its category (a leaf of the chain's category tree), how the
 * store words it, what the desk notes on the way and how it ends.
 */
record Problem(String family, String category, TicketType type, String subject, String description, String note,
		String resolution) {

	static final Problem OUTAGE = new Problem("network", "network-down", TicketType.INCIDENT, "门店断网，收银无法联网支付",
			"路由器灯正常但所有设备都连不上网，移动支付全部失败，只能收现金。", "同区域多家门店同时报障，疑似运营商线路问题，已联系运营商。", null);

	private static final List<Problem> ALL = List.of(
			new Problem("pos", "pos-terminal", TicketType.INCIDENT, "2号收银机开不了机", "按电源键没有反应，指示灯不亮，已经换过插座。",
					"远程无法连接，安排上门检查电源模块。", "更换电源适配器后恢复正常。"),
			new Problem("pos", "pos-terminal", TicketType.INCIDENT, "收银机频繁死机", "高峰期每隔半小时死机一次，需要重启。",
					"日志显示内存占满，先清理缓存观察。", "升级收银软件并清理缓存，观察一天未再死机。"),
			new Problem("pos", "pos-payment", TicketType.INCIDENT, "微信支付扫码失败", "顾客付款码扫描后提示“交易失败”，支付宝正常。",
					"支付通道返回商户号配置错误。", "重新下发支付参数后恢复。"),
			new Problem("pos", "pos-scanner", TicketType.INCIDENT, "扫码枪读不出条码", "扫码枪亮红光但不出数，换了USB口也不行。",
					"指导门店恢复出厂设置无效，寄送备件。", "更换扫码枪后正常。"),
			new Problem("pos", "pos-cash-drawer", TicketType.INCIDENT, "钱箱打不开", "结账后钱箱不弹出，只能用钥匙开。",
					"检查钱箱连接线。", "钱箱连接线松动，重新插紧后正常。"),
			new Problem("network", "network-wifi", TicketType.INCIDENT, "店内Wi-Fi经常断", "员工手持终端每隔几分钟掉线，盘点做不下去。",
					"AP信道干扰严重，调整信道。", "调整AP信道并更新固件后稳定。"),
			new Problem("network", "network-slow", TicketType.INCIDENT, "网速很慢，后台打不开", "门店后台系统加载要一分钟，视频监控也卡。",
					"带宽被监控回传占满。", "限制监控回传带宽后恢复。"),
			new Problem("printer", "printer-receipt", TicketType.INCIDENT, "小票打印机不出纸", "打印机有声音但不出小票，纸已换新。",
					"打印头可能积灰。", "清洁打印头并更换切刀后正常。"),
			new Problem("printer", "printer-label", TicketType.INCIDENT, "标签打印机打印模糊", "价格标签字迹模糊，条码扫不出来。",
					"碳带型号不对。", "更换正确型号碳带并校准后正常。"),
			new Problem("printer", "printer-office", TicketType.REQUEST, "办公室打印机需要安装驱动", "新电脑连不上办公室打印机，需要装驱动。",
					null, "已远程安装驱动并打印测试页。"),
			new Problem("store-app", "store-app-login", TicketType.REQUEST, "新员工开通门店App账号", "新入职两名员工需要开通门店App账号。",
					null, "账号已开通，初始密码已发店长。"),
			new Problem("store-app", "store-app-crash", TicketType.INCIDENT, "门店App盘点时闪退", "盘点扫到第50个商品左右就闪退。",
					"已复现，提交给App团队。", "App 3.8.2 已修复，门店更新后正常。"),
			new Problem("store-app", "store-app-data", TicketType.INCIDENT, "App库存与实际不符", "App显示有货20件，实际货架只有3件。",
					"同步任务延迟。", "重新触发库存同步，数据已一致。"),
			new Problem("membership", "membership-points", TicketType.COMPLAINT, "顾客投诉积分没到账", "顾客昨天消费后积分未到账，在店里发脾气。",
					"查到积分同步失败记录。", "已为顾客补发积分并致歉。"),
			new Problem("membership", "membership-coupon", TicketType.INCIDENT, "优惠券核销失败", "顾客出示的满减券扫码提示“券不存在”。",
					"券批次配置的门店范围漏了本店。", "补充门店范围后可正常核销。"),
			new Problem("membership", "membership-account", TicketType.CALLBACK, "会员要求回电处理账号问题", "会员手机号换了，登录不了，要求客服回电。",
					null, "已回电并协助顾客更换绑定手机号。"),
			new Problem("esl", "esl-price-mismatch", TicketType.INCIDENT, "电子价签价格和收银不一致", "促销商品价签显示旧价，收银按新价。",
					"价签基站同步队列积压。", "重推价格后价签已更新。"),
			new Problem("esl", "esl-offline", TicketType.INCIDENT, "一排电子价签离线", "饮料区整排价签显示离线图标。",
					"基站故障，联系明标上门。", "更换价签基站后全部上线。"),
			new Problem("cctv", "cctv-camera", TicketType.INCIDENT, "收银区摄像头黑屏", "监控画面收银区一路没有图像。", "摄像头供电异常。",
					"更换POE模块后画面恢复。"),
			new Problem("cctv", "cctv-recording", TicketType.REQUEST, "调取上周六录像", "需要调取上周六下午3点到4点的收银区录像。", null,
					"录像已导出并发送店长。"),
			new Problem("equipment", "equipment-scale", TicketType.INCIDENT, "电子秤称重不准", "称1公斤砝码显示1.08公斤。", null,
					"重新校准后误差在范围内。"),
			new Problem("equipment", "equipment-fridge", TicketType.INCIDENT, "冷柜温度偏高", "冷柜显示8度，正常应在4度以下。",
					"已通知制冷维保上门。", "清洗冷凝器后温度恢复正常。"),
			new Problem("equipment", "equipment-door", TicketType.INCIDENT, "自动门感应失灵", "自动门时开时不开，顾客进出不便。", null,
					"调整感应器角度后正常。"));

	/** One problem of the family, the same one for the same random draw. */
	static Problem pick(String family, Random random) {
		List<Problem> options = ALL.stream().filter(p -> p.family().equals(family)).toList();
		return options.get(random.nextInt(options.size()));
	}
}
