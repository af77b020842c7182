package com.chaindesk.sla;

import java.util.List;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.ticket.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VendorSlaTermTests {

	@Test
	void theContractLineForAVendorAndPriorityIsFoundAndOthersAreNot() {
		List<VendorSlaTerm> contracts = List.of(new VendorSlaTerm("SUNPOS", Priority.P1, 30, 240, true),
				new VendorSlaTerm("SUNPOS", Priority.P3, 240, 960, false));
		assertThat(VendorSlaTerm.of(contracts, "SUNPOS", Priority.P3)).map(VendorSlaTerm::resolutionMinutes).contains(960);
		assertThat(VendorSlaTerm.of(contracts, "SUNPOS", Priority.P2)).isEmpty();
		assertThat(VendorSlaTerm.of(contracts, "NETLINK", Priority.P1)).isEmpty();
	}

	@Test
	void everyBadFieldIsNamedAndASecondLineForTheSameVendorAndPriorityIsRefused() {
		List<FieldProblem> problems = VendorSlaTerm.problems(List.of(
				new VendorSlaTerm("sunpos", Priority.P1, 30, 240, true),
				new VendorSlaTerm("NETLINK", null, 0, 60, true),
				new VendorSlaTerm("NETLINK", Priority.P2, 60, 30, false),
				new VendorSlaTerm("NETLINK", Priority.P2, 60, 90, false)));
		assertThat(problems).extracting(FieldProblem::field).containsExactly("[0].vendor", "[1].priority",
				"[1].responseMinutes", "[2].resolutionMinutes", "[3]");
		assertThat(VendorSlaTerm.problems(List.of())).isEmpty();
	}
}
