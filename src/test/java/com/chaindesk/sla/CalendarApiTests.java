package com.chaindesk.sla;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.RegionRef;
import com.chaindesk.org.StoreRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class CalendarApiTests {

	@LocalServerPort
	int port;

	@Autowired
	OrgDirectory org;

	@Test
	void bundledYearsAreLoadedAtStartUp() {
		JsonNode calendars = ApiCaller.as(port, "manager1").get("/api/v1/sla/calendars").json();
		assertThat(calendars.get(0).get("code").asString()).isEqualTo("CN");
		assertThat(calendars.get(0).get("years").toString()).contains("2024", "2025", "2026").doesNotContain("2027");
		assertThat(calendars.get(1).get("years").toString()).contains("2024", "2025");
		JsonNode days = ApiCaller.as(port, "manager1").get("/api/v1/sla/calendars/CN/days?year=2026").json();
		assertThat(days.toString()).contains("\"date\":\"2026-02-14\",\"kind\":\"WORKDAY\",\"name\":\"春节\"");
	}

	@Test
	void anImportWithOneBadEntryImportsNothingAndNamesIt() {
		ApiCaller admin = ApiCaller.as(port, "admin");
		String bad = """
				{"year": 2031, "days": [
				  {"name": "元旦", "date": "2031-01-01", "isOffDay": true},
				  {"name": "春节", "date": "2031-02-31", "isOffDay": true}]}""";
		ApiCaller.Reply rejected = admin.postRaw("/api/v1/sla/calendars/HK/import?format=holiday-cn", "application/json", bad);
		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.body()).contains("days[1].date").contains("2031-02-31");
		assertThat(admin.get("/api/v1/sla/calendars/HK/days?year=2031").json().size()).isZero();

		ApiCaller.Reply imported = admin.postRaw("/api/v1/sla/calendars/HK/import?format=holiday-cn", "application/json",
				bad.replace("2031-02-31", "2031-02-01"));
		assertThat(imported.status()).isEqualTo(200);
		assertThat(imported.json().get("holidays").asLong()).isEqualTo(2);
		assertThat(admin.get("/api/v1/sla/calendars/HK/days?year=2031").json().size()).isEqualTo(2);

		ApiCaller.Reply unknownFormat = admin.postRaw("/api/v1/sla/calendars/HK/import?format=csv", "application/json", bad);
		assertThat(unknownFormat.status()).isEqualTo(422);
		assertThat(unknownFormat.body()).contains("format");
	}

	@Test
	void importIsHqOnlyAndARegionManagerCannotEditACalendarOtherRegionsShare() {
		ApiCaller region1 = ApiCaller.as(port, "region1");
		assertThat(region1.postRaw("/api/v1/sla/calendars/TW/import?format=tw-opendata", "application/json", "[]").status())
				.isEqualTo(403);
		assertThat(region1.put("/api/v1/sla/calendars/TW/days/2032-01-01", Map.of("kind", "HOLIDAY", "name", "元旦")).status())
				.isEqualTo(403);
		// CN is followed by every mainland region: only HQ changes it.
		assertThat(region1.put("/api/v1/sla/calendars/CN/days/2032-01-01", Map.of("kind", "HOLIDAY", "name", "元旦")).status())
				.isEqualTo(403);
		ApiCaller admin = ApiCaller.as(port, "admin");
		ApiCaller.Reply saved = admin.put("/api/v1/sla/calendars/HK/days/2032-07-01", Map.of("kind", "HOLIDAY", "name", "香港特區成立紀念日"));
		assertThat(saved.status()).isEqualTo(200);
		ApiCaller.Reply invalid = admin.put("/api/v1/sla/calendars/HK/days/2032-07-02", Map.of("kind", "HOLI", "name", ""));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("kind").contains("name");
		assertThat(admin.delete("/api/v1/sla/calendars/HK/days/2032-07-01").status()).isEqualTo(204);
		assertThat(admin.delete("/api/v1/sla/calendars/HK/days/2032-07-01").status()).isEqualTo(404);
	}

	@Test
	void aStoreCalendarIsScopedLikeStoresAndFollowsItsRegionsHolidays() {
		RegionRef east = org.regions().getFirst();
		StoreRef own = org.storesOfRegion(east.id()).getFirst();
		StoreRef elsewhere = org.storesOfRegion(org.regions().get(1).id()).getFirst();
		ApiCaller manager1 = ApiCaller.as(port, "manager1");
		ApiCaller.Reply mine = manager1.get("/api/v1/sla/stores/" + own.id() + "/calendar?from=2026-02-13&days=3");
		assertThat(mine.status()).isEqualTo(200);
		JsonNode days = mine.json().get("days");
		assertThat(mine.json().get("holidayCalendar").asString()).isEqualTo("CN");
		assertThat(days.size()).isEqualTo(3);
		assertThat(days.get(1).get("type").asString()).isEqualTo("WORKDAY");
		assertThat(days.get(2).get("type").asString()).isEqualTo("HOLIDAY");
		assertThat(days.get(2).get("spans").size()).isZero();
		assertThat(manager1.get("/api/v1/sla/stores/" + elsewhere.id() + "/calendar").status()).isEqualTo(404);
		assertThat(manager1.get("/api/v1/sla/stores/" + own.id() + "/calendar?days=0").status()).isEqualTo(422);

		RegionRef taiwan = org.regions().stream().filter(r -> r.code().equals("TW")).findFirst().orElseThrow();
		StoreRef taipei = org.storesOfRegion(taiwan.id()).getFirst();
		JsonNode tw = ApiCaller.as(port, "admin").get("/api/v1/sla/stores/" + taipei.id() + "/calendar?from=2025-10-10&days=1").json();
		assertThat(tw.get("holidayCalendar").asString()).isEqualTo("TW");
		assertThat(tw.get("timeZone").asString()).isEqualTo("Asia/Taipei");
		assertThat(tw.get("days").get(0).get("name").asString()).isEqualTo("國慶日");
	}
}
