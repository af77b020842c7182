package com.chaindesk.assist.voice;

import static com.chaindesk.assist.voice.SynthesizedNote.mandarin;

import java.util.ArrayList;
import java.util.List;

import com.chaindesk.config.StandardSettings;

/**
 * The voice notes of the speech tests and figure (bench/speech.sh): what store staff say about their devices, in
 * Mandarin, at different speeds and pitches, and notes that say nothing the chain's vocabulary knows.
 */
public final class ChainVoiceNotes {

	/** The demo chain's store names (the offline grammar holds every open store's name). */
	static final List<String> STORES = List.of("上海徐汇港汇店", "上海徐汇衡山路店", "上海浦东正大广场店", "上海浦东世纪汇店",
			"上海张江科创店", "上海静安嘉里中心店", "上海南京东路店", "上海闵行七宝万科店", "杭州湖滨银泰店", "杭州滨江龙湖天街店",
			"杭州武林广场店", "苏州圆融时代广场店", "苏州观前街店", "南京新街口德基店", "南京河西万达店", "广州天河正佳广场店",
			"广州天河太古汇店", "广州珠江新城店", "广州北京路店", "广州番禺万达店", "深圳华强北店", "深圳南山海岸城店",
			"深圳南山科技园店", "北京三里屯太古里店", "北京国贸商城店", "北京中关村店", "北京五道口店", "北京王府井店",
			"天津滨江道店", "天津河西万象城店", "台北信义店", "台北大安忠孝店", "台北中山南西店", "台北西门町店", "新北板桥店",
			"台中西屯店", "台南中西区店", "高雄梦时代店", "高雄左营高铁店", "香港铜锣湾时代广场店", "香港旺角朗豪坊店",
			"香港尖沙咀海港城店", "香港中环国际金融中心店");

	static final List<String> CODES = List.of("E-1043", "E03", "E05", "PRN-05", "NET-404");

	private ChainVoiceNotes() {
	}

	/** The offline vocabulary as the application builds it from the default categories and the demo stores. */
	static List<SpokenPhrase> vocabulary() {
		return ChainVocabulary.assemble(StandardSettings.TICKET_CATEGORIES.defaultValue(), STORES, CODES);
	}

	/** Notes that name a device, a symptom or a category: the recogniser must hear their category. */
	public static List<SynthesizedNote> matching() {
		List<SynthesizedNote> base = List.of(
				mandarin("printer-jam", "da3 yin4 ji1 ka3 zhi3", "打印机卡纸", "printer"),
				mandarin("scanner-dead", "sao3 ma3 qiang1 mei2 fan3 ying4", "扫码枪没反应", "pos-scanner"),
				mandarin("pos-wont-start", "shou1 yin2 ji1 kai1 bu4 liao3 ji1", "收银机开不了机", "pos-terminal"),
				mandarin("network-down", "men2 dian4 duan4 wang3", "门店断网", "network-down"),
				mandarin("wifi-cant-connect", "wu2 xian4 wang3 luo4 lian2 bu4 shang4", "无线网络连不上", "network-wifi"),
				mandarin("receipt-printer-no-paper", "xiao3 piao4 da3 yin4 ji1 que1 zhi3", "小票打印机缺纸", "printer-receipt"),
				mandarin("cash-drawer", "qian2 xiang1 da3 bu4 kai1", "钱箱打不开", "pos-cash-drawer"),
				mandarin("scale", "dian4 zi3 cheng4 hei1 ping2", "电子秤黑屏", "equipment-scale"),
				mandarin("camera", "she4 xiang4 tou2 hei1 ping2", "摄像头黑屏", "cctv-camera"),
				mandarin("fridge", "leng3 gui4 bu4 zhi4 leng3", "冷柜不制冷", "equipment-fridge"),
				mandarin("aircon", "kong1 tiao2 huai4 le", "空调坏了", "equipment-aircon"),
				mandarin("payment", "zhi1 fu4 shi1 bai4", "支付失败", "pos-payment"),
				mandarin("points", "ji1 fen1 wen4 ti2", "积分问题", "membership-points"),
				mandarin("app-crash", "men2 dian4 App shan3 tui4", "门店App闪退", "store-app-crash"),
				mandarin("esl-offline", "jia4 qian1 li2 xian4", "价签离线", "esl-offline"),
				mandarin("card-machine", "shua1 ka3 ji1 bao4 cuo4", "刷卡机报错", "pos-payment"),
				mandarin("door", "zi4 dong4 men2 huai4 le", "自动门坏了", "equipment-door"),
				mandarin("router", "lu4 you2 qi4 lian2 bu4 shang4", "路由器连不上", "network-down"),
				mandarin("label-printer", "biao1 qian1 da3 yin4 ji1 ka3 zhi3", "标签打印机卡纸", "printer-label"),
				mandarin("slow-network", "wang3 su4 man4", "网速慢", "network-slow"),
				mandarin("store-and-printer", "shang4 hai3 xu2 hui4 gang3 hui4 dian4 da3 yin4 ji1 ka3 zhi3",
						"上海徐汇港汇店 打印机卡纸", "printer"),
				mandarin("coupon", "you1 hui4 quan4 he2 xiao1", "优惠券核销", "membership-coupon"));
		List<SynthesizedNote> notes = new ArrayList<>(base);
		// The same words from a faster, a slower and a higher voice.
		notes.add(base.get(0).at(200, 50));
		notes.add(base.get(1).at(130, 50));
		notes.add(base.get(2).voiced("f2"));
		notes.add(base.get(3).at(180, 70));
		notes.add(base.get(5).voiced("m3"));
		notes.add(base.get(10).at(140, 35));
		return notes;
	}

	/** Notes that say nothing the chain's vocabulary knows: the recogniser must reject them, not guess. */
	public static List<SynthesizedNote> unrelated() {
		return List.of(
				new SynthesizedNote("english", "en-us", "", 160, 50, "", null).withText("hello this is a test of the voice system"),
				new SynthesizedNote("english-2", "en-us", "", 160, 50, "", null).withText("please call me back tomorrow morning"),
				mandarin("weather", "jin1 tian1 tian1 qi4 hen3 hao3 wo3 men5 qu4 chi1 fan4 ba5", "", null),
				mandarin("lunch", "zhong1 wu3 de5 wai4 mai4 dao4 le5 ma5", "", null),
				mandarin("holiday", "ming2 tian1 fang4 jia4 ma5", "", null),
				mandarin("thanks", "xie4 xie4 ni3 men5 de5 bang1 zhu4", "", null));
	}
}
