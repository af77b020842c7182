package com.chaindesk.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.chaindesk.org.AgentDraft;
import com.chaindesk.org.AgentManagement;
import com.chaindesk.org.RegionDraft;
import com.chaindesk.org.RegionManagement;
import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.StoreDraft;
import com.chaindesk.org.StoreManagement;
import com.chaindesk.org.StoreView;
import com.chaindesk.org.TeamDraft;
import com.chaindesk.org.TeamManagement;
import com.chaindesk.org.VendorDraft;
import com.chaindesk.org.VendorManagement;
import org.springframework.stereotype.Component;

/**
 * The demo chain's shape: five regions (East China first), 48 stores in real districts and malls with their real
 * coordinates, hours a shop there would keep, the service desk's teams, two contracted vendors and the agents who
 * staff them. Everything goes through the organisation's own services, so the demo obeys the same rules.
 */
@Component
class DemoOrganisation implements DemoStep {

	/** Hours of a shop in a mall: the mall's 10:00-22:00. */
	private static final Map<String, List<String>> MALL = week("10:00-22:00", "10:00-22:00", "10:00-22:00");
	/** Malls that stay open half an hour longer at the weekend. */
	private static final Map<String, List<String>> MALL_LATE = week("10:00-22:00", "10:00-22:30", "10:00-22:00");
	private static final Map<String, List<String>> ALL_DAY = week("00:00-24:00", "00:00-24:00", "00:00-24:00");
	private static final Map<String, List<String>> STREET = week("09:00-21:00", "09:00-21:30", "09:30-21:00");
	/** Nightlife streets: on Friday and Saturday the evening runs on past midnight. */
	private static final Map<String, List<String>> NIGHT = week("09:00-23:00", "09:00-02:00", "09:00-23:00");
	/** Business districts: early on weekdays, shorter at the weekend. */
	private static final Map<String, List<String>> OFFICE = office();
	private static final Map<String, List<String>> TW_MALL = week("11:00-21:30", "11:00-22:00", "11:00-21:30");
	private static final Map<String, List<String>> HK_LATE = week("11:00-23:00", "11:00-00:30", "11:00-23:00");
	/** A small shop that closes over the afternoon lull. */
	private static final Map<String, List<String>> SPLIT = split();

	private record Site(String code, String region, String nameCn, String nameTw, String nameEn, String city,
			String address, double latitude, double longitude, String size, Map<String, List<String>> hours, String phone) {
	}

	private static final List<Site> SITES = List.of(
			// East China: Shanghai, Hangzhou, Suzhou, Nanjing
			new Site("SH-XH-01", "EAST", "上海徐汇港汇店", "上海徐匯港匯店", "Shanghai Xuhui Grand Gateway", "上海", "徐汇区虹桥路1号港汇恒隆广场B1层", 31.194900, 121.437200, "L", MALL_LATE, "+86 21 6448 1001"),
			new Site("SH-XH-02", "EAST", "上海徐汇衡山路店", "上海徐匯衡山路店", "Shanghai Xuhui Hengshan Road", "上海", "徐汇区衡山路10号", 31.204600, 121.445800, "M", NIGHT, "+86 21 6448 1002"),
			new Site("SH-PD-01", "EAST", "上海浦东正大广场店", "上海浦東正大廣場店", "Shanghai Pudong Super Brand Mall", "上海", "浦东新区陆家嘴西路168号正大广场3层", 31.236300, 121.499200, "XL", MALL_LATE, "+86 21 5047 1003"),
			new Site("SH-PD-02", "EAST", "上海浦东世纪汇店", "上海浦東世紀匯店", "Shanghai Pudong Century Link", "上海", "浦东新区世纪大道1192号世纪汇广场B1层", 31.229000, 121.523400, "L", MALL, "+86 21 5047 1004"),
			new Site("SH-PD-03", "EAST", "上海张江科创店", "上海張江科創店", "Shanghai Zhangjiang Hi-Tech Park", "上海", "浦东新区祖冲之路2288弄1号", 31.203300, 121.590600, "S", ALL_DAY, "+86 21 5047 1005"),
			new Site("SH-JA-01", "EAST", "上海静安嘉里中心店", "上海靜安嘉里中心店", "Shanghai Jing'an Kerry Centre", "上海", "静安区南京西路1515号嘉里中心南区B1层", 31.224300, 121.445700, "XL", MALL_LATE, "+86 21 6279 1006"),
			new Site("SH-HP-01", "EAST", "上海南京东路店", "上海南京東路店", "Shanghai East Nanjing Road", "上海", "黄浦区南京东路300号", 31.238900, 121.484400, "M", NIGHT, "+86 21 6322 1007"),
			new Site("SH-MH-01", "EAST", "上海闵行七宝万科店", "上海閔行七寶萬科店", "Shanghai Minhang Qibao Vanke", "上海", "闵行区漕宝路3366号七宝万科广场2层", 31.158700, 121.351500, "M", MALL, "+86 21 6479 1008"),
			new Site("HZ-SC-01", "EAST", "杭州湖滨银泰店", "杭州湖濱銀泰店", "Hangzhou Hubin Intime in77", "杭州", "上城区延安路258号湖滨银泰in77 B区", 30.259000, 120.164000, "L", MALL_LATE, "+86 571 8706 1009"),
			new Site("HZ-BJ-01", "EAST", "杭州滨江龙湖天街店", "杭州濱江龍湖天街店", "Hangzhou Binjiang Longfor Paradise Walk", "杭州", "滨江区江汉路1515号龙湖天街", 30.207900, 120.213000, "M", MALL, "+86 571 8706 1010"),
			new Site("HZ-GS-01", "EAST", "杭州武林广场店", "杭州武林廣場店", "Hangzhou Wulin Square", "杭州", "拱墅区武林广场1号", 30.272700, 120.162700, "M", STREET, "+86 571 8706 1011"),
			new Site("SZ-GY-01", "EAST", "苏州圆融时代广场店", "蘇州圓融時代廣場店", "Suzhou Harmony Times Square", "苏州", "苏州工业园区苏惠路98号圆融时代广场", 31.320600, 120.709500, "L", MALL, "+86 512 6288 1012"),
			new Site("SZ-GS-01", "EAST", "苏州观前街店", "蘇州觀前街店", "Suzhou Guanqian Street", "苏州", "姑苏区观前街188号", 31.310500, 120.627600, "M", STREET, "+86 512 6288 1013"),
			new Site("NJ-XJ-01", "EAST", "南京新街口德基店", "南京新街口德基店", "Nanjing Xinjiekou Deji Plaza", "南京", "玄武区中山路18号德基广场二期B1层", 32.043500, 118.784300, "XL", MALL_LATE, "+86 25 8471 1014"),
			new Site("NJ-JY-01", "EAST", "南京河西万达店", "南京河西萬達店", "Nanjing Hexi Wanda Plaza", "南京", "建邺区江东中路98号万达广场", 32.038800, 118.736500, "L", MALL, "+86 25 8471 1015"),
			// South China: Guangzhou, Shenzhen
			new Site("GZ-TH-01", "SOUTH", "广州天河正佳广场店", "廣州天河正佳廣場店", "Guangzhou Tianhe Grandview Mall", "广州", "天河区天河路228号正佳广场2层", 23.132500, 113.327000, "XL", MALL_LATE, "+86 20 3825 2001"),
			new Site("GZ-TH-02", "SOUTH", "广州天河太古汇店", "廣州天河太古匯店", "Guangzhou Tianhe Taikoo Hui", "广州", "天河区天河路383号太古汇MU层", 23.133900, 113.332000, "L", MALL, "+86 20 3825 2002"),
			new Site("GZ-TH-03", "SOUTH", "广州珠江新城店", "廣州珠江新城店", "Guangzhou Zhujiang New Town", "广州", "天河区花城大道85号", 23.119000, 113.324500, "S", ALL_DAY, "+86 20 3825 2003"),
			new Site("GZ-YX-01", "SOUTH", "广州北京路店", "廣州北京路店", "Guangzhou Beijing Road", "广州", "越秀区北京路238号", 23.125500, 113.269000, "M", NIGHT, "+86 20 8333 2004"),
			new Site("GZ-PY-01", "SOUTH", "广州番禺万达店", "廣州番禺萬達店", "Guangzhou Panyu Wanda Plaza", "广州", "番禺区南村镇汉溪大道东万达广场", 22.938600, 113.384600, "M", MALL, "+86 20 3482 2005"),
			new Site("SZ-FT-01", "SOUTH", "深圳福田COCO Park店", "深圳福田COCO Park店", "Shenzhen Futian COCO Park", "深圳", "福田区福华三路268号COCO Park B1层", 22.533700, 114.055400, "L", MALL_LATE, "+86 755 8291 2006"),
			new Site("SZ-FT-02", "SOUTH", "深圳华强北店", "深圳華強北店", "Shenzhen Huaqiangbei", "深圳", "福田区华强北路1002号", 22.543500, 114.085000, "M", STREET, "+86 755 8291 2007"),
			new Site("SZ-NS-01", "SOUTH", "深圳南山海岸城店", "深圳南山海岸城店", "Shenzhen Nanshan Coastal City", "深圳", "南山区文心五路33号海岸城购物中心", 22.517000, 113.936000, "L", MALL, "+86 755 8629 2008"),
			new Site("SZ-NS-02", "SOUTH", "深圳南山科技园店", "深圳南山科技園店", "Shenzhen Nanshan Science Park", "深圳", "南山区科技南十二路2号", 22.540500, 113.953000, "S", ALL_DAY, "+86 755 8629 2009"),
			// North China: Beijing, Tianjin
			new Site("BJ-CY-01", "NORTH", "北京三里屯太古里店", "北京三里屯太古里店", "Beijing Sanlitun Taikoo Li", "北京", "朝阳区三里屯路19号太古里南区", 39.933900, 116.454400, "L", MALL_LATE, "+86 10 6417 3001"),
			new Site("BJ-CY-02", "NORTH", "北京国贸商城店", "北京國貿商城店", "Beijing China World Mall", "北京", "朝阳区建国门外大街1号国贸商城B1层", 39.908800, 116.458500, "XL", MALL, "+86 10 6505 3002"),
			new Site("BJ-CY-03", "NORTH", "北京望京SOHO店", "北京望京SOHO店", "Beijing Wangjing SOHO", "北京", "朝阳区望京街10号望京SOHO T1", 39.996500, 116.480500, "M", ALL_DAY, "+86 10 6470 3003"),
			new Site("BJ-HD-01", "NORTH", "北京中关村店", "北京中關村店", "Beijing Zhongguancun", "北京", "海淀区中关村大街15号", 39.983000, 116.315000, "L", OFFICE, "+86 10 6256 3004"),
			new Site("BJ-HD-02", "NORTH", "北京五道口店", "北京五道口店", "Beijing Wudaokou", "北京", "海淀区成府路28号", 39.992500, 116.338000, "S", NIGHT, "+86 10 6256 3005"),
			new Site("BJ-DC-01", "NORTH", "北京王府井店", "北京王府井店", "Beijing Wangfujing", "北京", "东城区王府井大街138号", 39.914000, 116.411000, "XL", MALL_LATE, "+86 10 6513 3006"),
			new Site("TJ-HP-01", "NORTH", "天津滨江道店", "天津濱江道店", "Tianjin Binjiang Road", "天津", "和平区滨江道208号", 39.122500, 117.200800, "L", STREET, "+86 22 2730 3007"),
			new Site("TJ-HX-01", "NORTH", "天津河西万象城店", "天津河西萬象城店", "Tianjin Hexi MixC", "天津", "河西区解放南路与黑牛城道交口万象城", 39.091300, 117.221000, "L", MALL, "+86 22 2830 3008"),
			new Site("TJ-BH-01", "NORTH", "天津滨海于家堡店", "天津濱海于家堡店", "Tianjin Binhai Yujiapu", "天津", "滨海新区于家堡金融区", 39.003500, 117.697800, "S", OFFICE, "+86 22 6532 3009"),
			// Taiwan: Taipei, New Taipei, Taichung, Tainan, Kaohsiung
			new Site("TPE-XY-01", "TW", "台北信义店", "台北信義店", "Taipei Xinyi", "台北", "台北市信義區松高路19號", 25.039000, 121.567000, "XL", TW_MALL, "+886 2 2722 4001"),
			new Site("TPE-DA-01", "TW", "台北大安忠孝店", "台北大安忠孝店", "Taipei Da'an Zhongxiao", "台北", "台北市大安區忠孝東路四段201號", 25.041600, 121.548700, "L", TW_MALL, "+886 2 2772 4002"),
			new Site("TPE-ZS-01", "TW", "台北中山南西店", "台北中山南西店", "Taipei Zhongshan Nanxi", "台北", "台北市中山區南京西路12號", 25.052400, 121.520300, "M", TW_MALL, "+886 2 2581 4003"),
			new Site("TPE-WH-01", "TW", "台北西门町店", "台北西門町店", "Taipei Ximending", "台北", "台北市萬華區漢中街52號", 25.042100, 121.507900, "M", NIGHT, "+886 2 2388 4004"),
			new Site("NTP-BQ-01", "TW", "新北板桥店", "新北板橋店", "New Taipei Banqiao", "新北", "新北市板橋區縣民大道二段7號", 25.014300, 121.463700, "L", TW_MALL, "+886 2 2960 4005"),
			new Site("TXG-XT-01", "TW", "台中西屯店", "台中西屯店", "Taichung Xitun", "台中", "台中市西屯區台灣大道三段301號", 24.163500, 120.643800, "XL", TW_MALL, "+886 4 2251 4006"),
			new Site("TNN-ZX-01", "TW", "台南中西区店", "台南中西區店", "Tainan West Central", "台南", "台南市中西區中正路166號", 22.992000, 120.203000, "S", SPLIT, "+886 6 222 4007"),
			new Site("KHH-QZ-01", "TW", "高雄梦时代店", "高雄夢時代店", "Kaohsiung Dream Mall", "高雄", "高雄市前鎮區中華五路789號", 22.595300, 120.306900, "XL", TW_MALL, "+886 7 823 4008"),
			new Site("KHH-ZY-01", "TW", "高雄左营高铁店", "高雄左營高鐵店", "Kaohsiung Zuoying HSR", "高雄", "高雄市左營區高鐵路105號", 22.687300, 120.307900, "M", ALL_DAY, "+886 7 341 4009"),
			// Hong Kong
			new Site("HK-CWB-01", "HK", "香港铜锣湾时代广场店", "香港銅鑼灣時代廣場店", "Hong Kong Causeway Bay Times Square", "香港", "銅鑼灣勿地臣街1號時代廣場", 22.278300, 114.182200, "L", HK_LATE, "+852 2506 5001"),
			new Site("HK-CWB-02", "HK", "香港铜锣湾希慎广场店", "香港銅鑼灣希慎廣場店", "Hong Kong Causeway Bay Hysan Place", "香港", "銅鑼灣軒尼詩道500號希慎廣場", 22.279800, 114.183600, "M", HK_LATE, "+852 2506 5002"),
			new Site("HK-MK-01", "HK", "香港旺角朗豪坊店", "香港旺角朗豪坊店", "Hong Kong Mong Kok Langham Place", "香港", "旺角亞皆老街8號朗豪坊", 22.318500, 114.168500, "L", HK_LATE, "+852 2396 5003"),
			new Site("HK-MK-02", "HK", "香港旺角西洋菜南街店", "香港旺角西洋菜南街店", "Hong Kong Mong Kok Sai Yeung Choi Street", "香港", "旺角西洋菜南街68號", 22.319000, 114.170500, "S", ALL_DAY, "+852 2396 5004"),
			new Site("HK-TST-01", "HK", "香港尖沙咀海港城店", "香港尖沙咀海港城店", "Hong Kong Tsim Sha Tsui Harbour City", "香港", "尖沙咀廣東道3-27號海港城", 22.295500, 114.168500, "XL", MALL, "+852 2730 5005"),
			new Site("HK-CEN-01", "HK", "香港中环国际金融中心店", "香港中環國際金融中心店", "Hong Kong Central IFC Mall", "香港", "中環金融街8號國際金融中心商場", 22.285000, 114.158800, "L", OFFICE, "+852 2295 5006"));

	private final RegionManagement regions;
	private final StoreManagement stores;
	private final TeamManagement teams;
	private final VendorManagement vendors;
	private final AgentManagement agents;

	DemoOrganisation(RegionManagement regions, StoreManagement stores, TeamManagement teams, VendorManagement vendors,
			AgentManagement agents) {
		this.regions = regions;
		this.stores = stores;
		this.teams = teams;
		this.vendors = vendors;
		this.agents = agents;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load() {
		Map<String, Long> region = new HashMap<>();
		region.put("EAST", regions.open(new RegionDraft("EAST", names("华东", "華東", "East China"), "Asia/Shanghai", "zh-CN", null)).id());
		region.put("SOUTH", regions.open(new RegionDraft("SOUTH", names("华南", "華南", "South China"), "Asia/Shanghai", "zh-CN", null)).id());
		region.put("NORTH", regions.open(new RegionDraft("NORTH", names("华北", "華北", "North China"), "Asia/Shanghai", "zh-CN", null)).id());
		region.put("TW", regions.open(new RegionDraft("TW", names("台湾", "台灣", "Taiwan"), "Asia/Taipei", "zh-TW", null)).id());
		region.put("HK", regions.open(new RegionDraft("HK", names("香港", "香港", "Hong Kong"), "Asia/Hong_Kong", "zh-TW", null)).id());

		Map<String, StoreView> byCode = new HashMap<>();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (Site site : SITES) {
			String zone = switch (site.region()) {
				case "TW" -> "Asia/Taipei";
				case "HK" -> "Asia/Hong_Kong";
				default -> "Asia/Shanghai";
			};
			String locale = site.region().equals("TW") || site.region().equals("HK") ? "zh-TW" : "zh-CN";
			List<StoreClosure> closures = switch (site.code()) {
				case "SH-MH-01" -> List.of(new StoreClosure(today.plusDays(14), today.plusDays(27), "门店装修升级，暂停营业两周"));
				case "HK-MK-02" -> List.of(new StoreClosure(today.plusDays(3), today.plusDays(3), "大廈電力系統維修"));
				case "TNN-ZX-01" -> List.of(new StoreClosure(today.plusDays(30), today.plusDays(32), "店內盤點及設備更新"),
						new StoreClosure(today.plusDays(60), today.plusDays(60), "員工教育訓練日"));
				default -> List.of();
			};
			byCode.put(site.code(), stores.register(new StoreDraft(site.code(), names(site.nameCn(), site.nameTw(), site.nameEn()),
					region.get(site.region()), site.city(), site.address(), site.latitude(), site.longitude(), zone, locale,
					site.size(), site.hours(), closures, site.phone(), null)));
		}
		// The Yujiapu shop closed when its office tower emptied: kept, so its history stays readable.
		stores.close(byCode.get("TJ-BH-01").id());

		long l1 = teams.open(new TeamDraft("HQ-L1", names("总部一线服务台", "總部一線服務台", "HQ L1 Service Desk"), "L1", null, null)).id();
		teams.open(new TeamDraft("HQ-L2", names("总部二线技术支持", "總部二線技術支援", "HQ L2 Technical Support"), "L2", null, null));
		long eastL2 = teams.open(new TeamDraft("EAST-L2", names("华东二线技术支持", "華東二線技術支援", "East China L2 Support"), "L2", region.get("EAST"), null)).id();
		long southL2 = teams.open(new TeamDraft("SOUTH-L2", names("华南二线技术支持", "華南二線技術支援", "South China L2 Support"), "L2", region.get("SOUTH"), null)).id();
		long l3 = teams.open(new TeamDraft("HQ-L3", names("总部三线专家组", "總部三線專家組", "HQ L3 Experts"), "L3", null, null)).id();

		long sunpos = vendors.open(new VendorDraft("SUNPOS", "商朗智能科技（上海）有限公司", List.of("pos", "printer", "scanner", "payment-terminal"),
				"CD-2025-POS-001", today.plusYears(2).withDayOfYear(1).minusDays(1), "+86 400 820 6600", "service@sunpos.example", null)).id();
		long netlink = vendors.open(new VendorDraft("NETLINK", "华联通网络服务有限公司", List.of("network", "sdwan", "wifi", "4g-backup"),
				"CD-2024-NET-007", today.plusYears(1).withDayOfYear(1).minusDays(1), "+86 400 881 0100", "noc@netlink.example", null)).id();
		vendors.open(new VendorDraft("BRIGHTTAG", "明标电子价签科技有限公司", List.of("esl"), "CD-2025-ESL-003",
				today.plusMonths(18), "+86 400 690 1234", "support@brighttag.example", null));

		agents.enlist(new AgentDraft("l1.lin", null, "林静怡", l1, null, List.of("pos", "app", "membership"), List.of("zh-TW", "zh-CN"), 4, null));
		agents.enlist(new AgentDraft("l1.wong", null, "黃嘉欣", l1, null, List.of("app", "membership", "pos"), List.of("yue", "zh-TW", "en"), 4, null));
		agents.enlist(new AgentDraft("l1.he", null, "何宇", l1, null, List.of("app", "membership", "printer"), List.of("zh-CN", "en"), 5, null));
		agents.enlist(new AgentDraft("l2.xu", null, "徐涛", eastL2, null, List.of("pos", "network", "printer"), List.of("zh-CN"), 3, null));
		agents.enlist(new AgentDraft("l2.liang", null, "梁伟", southL2, null, List.of("network", "cctv", "esl"), List.of("zh-CN", "yue"), 3, null));
		agents.enlist(new AgentDraft("l3.gao", null, "高远", l3, null, List.of("network", "sdwan", "cctv"), List.of("zh-CN", "en"), 2, null));
		agents.enlist(new AgentDraft("sunpos.qian", null, "钱斌（商朗）", null, sunpos, List.of("pos", "printer", "payment-terminal"), List.of("zh-CN"), 5, null));
		agents.enlist(new AgentDraft("netlink.ma", null, "马超（华联通）", null, netlink, List.of("network", "4g-backup"), List.of("zh-CN"), 5, null));
	}

	private static Map<String, String> names(String cn, String tw, String en) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("zh-CN", cn);
		names.put("zh-TW", tw);
		names.put("en", en);
		return names;
	}

	/** Sunday to Thursday, Friday and Saturday, and Sunday's own hours. */
	private static Map<String, List<String>> week(String weekday, String friSat, String sunday) {
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : List.of("MON", "TUE", "WED", "THU")) {
			hours.put(day, List.of(weekday));
		}
		hours.put("FRI", List.of(friSat));
		hours.put("SAT", List.of(friSat));
		hours.put("SUN", List.of(sunday));
		return hours;
	}

	private static Map<String, List<String>> office() {
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : List.of("MON", "TUE", "WED", "THU", "FRI")) {
			hours.put(day, List.of("07:30-21:00"));
		}
		hours.put("SAT", List.of("10:00-20:00"));
		hours.put("SUN", List.of("10:00-20:00"));
		return hours;
	}

	private static Map<String, List<String>> split() {
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (String day : List.of("TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
			hours.put(day, List.of("10:30-14:00", "17:00-21:30"));
		}
		hours.put("MON", List.of());
		return hours;
	}
}
