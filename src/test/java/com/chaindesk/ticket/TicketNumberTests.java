package com.chaindesk.ticket;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.chaindesk.ApiCaller;
import com.chaindesk.ChainDeskTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers come from a sequence per type and year: tickets opened at the same moment never share one. */
@ChainDeskTest
class TicketNumberTests {

	@LocalServerPort
	int port;

	@Test
	void ticketsOpenedTogetherGetDistinctReadableNumbers() throws Exception {
		ApiCaller admin = ApiCaller.as(port, "admin");
		long store = TicketFixtures.storeId(admin, TicketFixtures.FIRST_STORE);
		List<String> numbers = new ArrayList<>();
		try (ExecutorService openers = Executors.newFixedThreadPool(8)) {
			List<Future<String>> opened = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				opened.add(openers.submit(() -> TicketFixtures.open(admin, store).get("number").asString()));
			}
			for (Future<String> number : opened) {
				numbers.add(number.get(60, TimeUnit.SECONDS));
			}
		}
		assertThat(numbers).doesNotHaveDuplicates()
				.allSatisfy(n -> assertThat(n).matches("INC-" + Year.now().getValue() + "-\\d{6}"));
	}
}
