package com.chaindesk.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.chaindesk.dispatch.NewShift;
import com.chaindesk.dispatch.OnCallRota;
import com.chaindesk.org.TeamManagement;
import org.springframework.stereotype.Component;

/**
 * HQ-L2's night watch for the coming week: engineer1 is on call from 20:00 to 08:00 Beijing time, so a P1 that
 * opens while a store is closed lands with someone awake for it.
 */
@Component
class DemoOnCall implements DemoStep {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
	static final int NIGHTS = 7;

	private final OnCallRota rota;
	private final TeamManagement teams;

	DemoOnCall(OnCallRota rota, TeamManagement teams) {
		this.rota = rota;
		this.teams = teams;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void load() {
		long hqL2 = teams.byCode("HQ-L2").orElseThrow().id();
		LocalDate today = LocalDate.now(BEIJING);
		for (int night = 0; night < NIGHTS; night++) {
			LocalDate evening = today.plusDays(night);
			rota.add(new NewShift(hqL2, "engineer1", evening.atTime(LocalTime.of(20, 0)).atZone(BEIJING).toInstant(),
					evening.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(BEIJING).toInstant()));
		}
	}
}
