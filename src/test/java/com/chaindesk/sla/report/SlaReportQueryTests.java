package com.chaindesk.sla.report;

import java.time.LocalDate;
import java.time.ZoneId;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SlaReportQueryTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void aStartAloneReachesThirtyDaysOnButNotPastToday() {
		LocalDate today = LocalDate.now(ZONE);
		SlaReportQuery query = SlaReportQuery.parse("Vendor", today.minusDays(5).toString(), null, ZONE);
		assertThat(query.groupBy()).isEqualTo(SlaReportQuery.Grouping.VENDOR);
		assertThat(query.from()).isEqualTo(today.minusDays(5));
		assertThat(query.to()).isEqualTo(today);
	}

	@Test
	void aWholeYearIsAllowedAndADayMoreIsNot() {
		assertThat(SlaReportQuery.parse("store", "2025-01-01", "2025-12-31", ZONE).to()).isEqualTo(LocalDate.of(2025, 12, 31));
		InvalidInput tooLong = catchThrowableOfType(InvalidInput.class,
				() -> SlaReportQuery.parse("store", "2024-01-01", "2025-01-02", ZONE));
		assertThat(tooLong.problems()).extracting(FieldProblem::field).containsExactly("to");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		InvalidInput bad = catchThrowableOfType(InvalidInput.class, () -> SlaReportQuery.parse("city", "2026-02-30", "x", ZONE));
		assertThat(bad.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("groupBy", "from", "to");
	}
}
