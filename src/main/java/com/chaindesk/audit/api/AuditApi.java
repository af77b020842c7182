package com.chaindesk.audit.api;

import java.time.Instant;

import com.chaindesk.audit.AuditFilter;
import com.chaindesk.audit.AuditPage;
import com.chaindesk.audit.AuditQueries;
import com.chaindesk.audit.ChainVerdict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.Role;
import com.chaindesk.platform.OutsideScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditQueries queries;

	AuditApi(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	AuditPage search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		requireManager();
		return queries.search(CurrentActor.scope(), new AuditFilter(actor, action, targetType, targetId, from, to), page, size);
	}

	@GetMapping("/verify")
	ChainVerdict verify() {
		if (!CurrentActor.get().has(Role.HQ_ADMIN)) {
			throw new OutsideScope("Only HQ verifies the whole audit chain.");
		}
		return queries.verify();
	}

	static void requireManager() {
		if (!CurrentActor.get().hasAny(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER)) {
			throw new OutsideScope("The audit trail is for HQ, region managers and store managers.");
		}
	}
}
