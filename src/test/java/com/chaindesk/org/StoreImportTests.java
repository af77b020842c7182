package com.chaindesk.org;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.org.StoreFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class StoreImportTests {

	private static final String HEADER = "code,region,name_zh_CN,name_zh_TW,name_en,city,address,latitude,longitude,"
			+ "time_zone,locale,size_class,phone,mon,tue,wed,thu,fri,sat,sun\n";

	@LocalServerPort
	int port;

	private static String row(String code, String region, String latitude, String friday) {
		return code + "," + region + ",导入测试店" + code + ",,Imported " + code + ",杭州,\"西湖区文三路1号, 2层\"," + latitude
				+ ",120.13,Asia/Shanghai,zh-CN,S,,10:00-22:00,10:00-22:00,10:00-22:00,10:00-22:00," + friday
				+ ",10:00-22:00,\n";
	}

	private static long count(ApiCaller admin, String text) {
		return admin.get("/api/v1/org/stores?q=" + text).json().get("totalElements").asLong();
	}

	@Test
	void aGoodFileImportsEveryLine() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		String a = uniqueCode("IMP");
		String b = uniqueCode("IMP");
		String csv = HEADER + row(a, "EAST", "30.27", "\"10:00-22:00 22:30-01:00\"") + row(b, "SOUTH", "23.1", "10:00-23:00");
		ApiCaller.Reply reply = admin.postRaw("/api/v1/org/stores/import", "text/csv", csv);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.json().get("imported").asInt()).isEqualTo(2);
		JsonNode imported = StoreFixtures.storeByCode(admin, a);
		assertThat(imported.get("name").get("zh-CN").asString()).isEqualTo("导入测试店" + a);
		assertThat(imported.get("address").asString()).isEqualTo("西湖区文三路1号, 2层");
		assertThat(imported.get("openingHours").get("FRI").size()).isEqualTo(2);
		assertThat(imported.get("openingHours").get("SUN").size()).isZero();
	}

	@Test
	void aFileWithTwoBadLinesImportsNothingAndNamesBoth() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		String good = uniqueCode("IMPX");
		String csv = HEADER
				+ row(good, "EAST", "30.27", "10:00-22:00")          // line 2: fine
				+ row(uniqueCode("IMPX"), "EAST", "north", "10:00-22:00")   // line 3: latitude
				+ row(good, "NOWHERE", "30.27", "25:00-26:00")       // line 4: same code as line 2, region, hours
				+ row("SH-XH-01", "EAST", "30.27", "10:00-22:00");   // line 5: code taken in the database
		ApiCaller.Reply reply = admin.postRaw("/api/v1/org/stores/import", "text/csv", csv);
		assertThat(reply.status()).as(reply.body()).isEqualTo(422);
		JsonNode errors = reply.json().get("errors");
		assertThat(errors.valueStream().map(e -> e.get("line").asInt() + ":" + e.get("field").asString()).toList())
				.contains("3:latitude", "4:code", "4:region", "4:fri", "5:code")
				.noneMatch(s -> s.startsWith("2:"));
		assertThat(count(admin, good)).isZero();
	}

	@Test
	void aFileWithoutTheColumnsSaysWhichAreMissing() {
		ApiCaller.Reply reply = ApiCaller.as(port, "admin").postRaw("/api/v1/org/stores/import", "text/csv", "code,name\nX,Y\n");
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body()).contains("\"field\":\"region\"").contains("\"line\":1");
	}

	@Test
	void aRegionManagerImportsOnlyIntoTheirRegionAndStaffNotAtAll() {
		String csv = HEADER + row(uniqueCode("IMPR"), "SOUTH", "23.1", "10:00-22:00");
		ApiCaller.Reply reply = ApiCaller.as(port, "region1").postRaw("/api/v1/org/stores/import", "text/csv", csv);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body()).contains("\"field\":\"region\"");
		assertThat(ApiCaller.as(port, "staff1").postRaw("/api/v1/org/stores/import", "text/csv", csv).status()).isEqualTo(403);
	}
}
