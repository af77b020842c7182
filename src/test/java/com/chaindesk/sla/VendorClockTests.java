package com.chaindesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static com.chaindesk.sla.SlaTicketsForTests.clock;
import static com.chaindesk.sla.SlaTicketsForTests.clockIn;
import static com.chaindesk.sla.SlaTicketsForTests.clocks;
import static com.chaindesk.sla.SlaTicketsForTests.open;
import static com.chaindesk.sla.SlaTicketsForTests.storeId;
import static com.chaindesk.sla.SlaTicketsForTests.version;
import static org.assertj.core.api.Assertions.assertThat;

/** Vendor tickets run on the vendor contract's SLA (demo contracts: SUNPOS, NETLINK, BRIGHTTAG). */
@ChainDeskTest
class VendorClockTests {

	@LocalServerPort
	int port;

	@Autowired
	BusinessCalendars calendars;

	@Test
	void aTicketHandedToAVendorRunsItsContractClocksUntilTheVendorTakesItUpAndSolvesIt() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		ApiCaller vendor = ApiCaller.as(port, "vendor1");
		long store = storeId(port, "SH-XH-01");
		long sunpos = vendorId("SUNPOS");
		long id = open(staff, store, "pos-terminal", "MEDIUM", "MEDIUM").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);

		ApiCaller.Reply handed = agent.post("/api/v1/tickets/" + id + "/assign",
				Map.of("vendor", sunpos, "tier", "L2", "version", version(agent, id)));
		assertThat(handed.status()).as(handed.body()).isEqualTo(200);
		JsonNode sla = clocks(staff, id, c -> c.get("clocks").size() == 4);
		JsonNode response = clock(sla, "VENDOR_RESPONSE");
		JsonNode resolution = clock(sla, "VENDOR_RESOLUTION");
		// SUNPOS P3: 4 hours to respond, 16 to solve, in the store's business hours.
		assertThat(response.get("targetMinutes").asInt()).isEqualTo(240);
		assertThat(resolution.get("targetMinutes").asInt()).isEqualTo(960);
		assertThat(resolution.get("alwaysOn").asBoolean()).isFalse();
		Instant started = Instant.parse(resolution.get("startedAt").asString());
		assertThat(Instant.parse(resolution.get("dueAt").asString()))
				.isEqualTo(calendars.forStore(store).addBusinessTime(started, Duration.ofMinutes(960)));

		ApiCaller.Reply takenUp = vendor.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS"));
		assertThat(takenUp.status()).as(takenUp.body()).isEqualTo(200);
		clocks(staff, id, c -> clockIn(c, "VENDOR_RESPONSE", "MET"));
		vendor.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "WAITING_ON_STORE", "comment", "请拍一张电源灯的照片"));
		JsonNode waiting = clocks(staff, id, c -> clockIn(c, "VENDOR_RESOLUTION", "PAUSED"));
		assertThat(clock(waiting, "RESOLUTION").get("state").asString()).isEqualTo("PAUSED");
		staff.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS", "comment", "照片已上传"));
		clocks(staff, id, c -> clockIn(c, "VENDOR_RESOLUTION", "RUNNING"));
		vendor.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "WAITING_ON_VENDOR", "comment", "等备件"));
		JsonNode onVendor = clocks(staff, id, c -> clockIn(c, "RESOLUTION", "PAUSED"));
		assertThat(clock(onVendor, "VENDOR_RESOLUTION").get("state").asString())
				.as("waiting on the vendor is the vendor's own time").isEqualTo("RUNNING");
		vendor.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "IN_PROGRESS", "comment", "备件到了"));
		vendor.post("/api/v1/tickets/" + id + "/transitions", Map.of("to", "RESOLVED", "comment", "已更换主板"));
		JsonNode done = clocks(staff, id, c -> clockIn(c, "VENDOR_RESOLUTION", "MET"));
		assertThat(clock(done, "VENDOR_RESOLUTION").get("stoppedAt").isNull()).isFalse();

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		JsonNode report = ApiCaller.as(port, "admin").get("/api/v1/sla/report?groupBy=vendor&from=" + today.minusDays(1)
				+ "&to=" + today.plusDays(1)).json();
		JsonNode row = report.get("rows").valueStream().filter(r -> r.get("code").asString("").equals("SUNPOS")).findFirst()
				.orElseThrow();
		assertThat(row.get("tickets").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(row.get("resolutionMetPercent").isNull()).isFalse();
		JsonNode vendorsOwn = vendor.get("/api/v1/sla/report?groupBy=vendor&from=" + today.minusDays(1) + "&to=" + today).json();
		assertThat(vendorsOwn.get("rows").valueStream().map(r -> r.get("code").asString()).toList()).containsExactly("SUNPOS");
	}

	@Test
	void takingTheTicketBackFromTheVendorStopsItsClocksAndAP1ContractCountsEveryMinute() {
		ApiCaller staff = ApiCaller.as(port, "staff1");
		ApiCaller agent = ApiCaller.as(port, "agent1");
		long id = open(staff, storeId(port, "SH-XH-01"), "network-down", "HIGH", "HIGH").get("id").asLong();
		clocks(staff, id, c -> c.get("clocks").size() == 2);
		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("vendor", vendorId("NETLINK"), "tier", "L2",
				"version", version(agent, id)));
		JsonNode sla = clocks(staff, id, c -> c.get("clocks").size() == 4);
		JsonNode response = clock(sla, "VENDOR_RESPONSE");
		assertThat(response.get("alwaysOn").asBoolean()).isTrue();
		assertThat(Instant.parse(response.get("dueAt").asString()))
				.isEqualTo(Instant.parse(response.get("startedAt").asString()).plus(Duration.ofMinutes(15)));

		agent.post("/api/v1/tickets/" + id + "/assign", Map.of("agent", "agent1", "tier", "L1", "version", version(agent, id)));
		JsonNode back = clocks(staff, id, c -> clock(c, "VENDOR_RESOLUTION").get("stoppedAt") != null
				&& !clock(c, "VENDOR_RESOLUTION").get("stoppedAt").isNull());
		assertThat(clock(back, "VENDOR_RESPONSE").get("stoppedAt").isNull()).isFalse();
		assertThat(clock(back, "RESOLUTION").get("state").asString()).isEqualTo("RUNNING");
	}

	@Test
	void contractTermsAreCheckedFieldByField() {
		ApiCaller.Reply refused = ApiCaller.as(port, "admin").put("/api/v1/config/sla.vendor-contracts?scope=hq",
				Map.of("value", java.util.List.of(Map.of("vendor", "SUNPOS", "priority", "P1", "responseMinutes", 0,
						"resolutionMinutes", 60, "roundTheClock", true))));
		assertThat(refused.status()).as(refused.body()).isIn(400, 422);
		assertThat(refused.body()).contains("responseMinutes");
	}

	private long vendorId(String code) {
		return ApiCaller.as(port, "admin").get("/api/v1/org/vendors").json().valueStream()
				.filter(v -> v.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
	}
}
