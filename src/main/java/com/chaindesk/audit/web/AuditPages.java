package com.chaindesk.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.chaindesk.audit.AuditFilter;
import com.chaindesk.audit.AuditQueries;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.MenuEntry;
import com.chaindesk.platform.Role;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail for people: HQ browses the whole network's, region and store managers their own part; HQ can
 * check that nobody altered the trail behind ChainDesk's back.
 */
@Controller
class AuditPages {

	private static final Set<Role> READERS = Set.of(Role.HQ_ADMIN, Role.REGION_MANAGER, Role.STORE_MANAGER);

	private final AuditQueries queries;
	private final ZoneId displayZone;

	AuditPages(AuditQueries queries, @Value("${chaindesk.audit.display-zone:Asia/Shanghai}") ZoneId displayZone) {
		this.queries = queries;
		this.displayZone = displayZone;
	}

	@Bean
	static MenuEntry auditMenuEntry() {
		return new MenuEntry("/audit", "menu.audit", "journal-text", 90, READERS);
	}

	@GetMapping("/audit")
	String trail(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor reader = requireReader();
		Instant fromInstant = from == null ? null : from.atStartOfDay(displayZone).toInstant();
		Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(displayZone).toInstant();
		model.addAttribute("result", queries.search(reader.scope(),
				new AuditFilter(actor, action, targetType, targetId, fromInstant, toInstant), page, 50));
		model.addAttribute("zone", displayZone);
		model.addAttribute("canVerify", reader.has(Role.HQ_ADMIN));
		return "audit/trail";
	}

	@PostMapping("/audit/verify")
	String verify(Model model) {
		checkChain(model);
		return "audit/verdict";
	}

	/** The same check from the button on the trail page: only the verdict is swapped in. */
	@HxRequest
	@PostMapping("/audit/verify")
	String verifyInPlace(Model model) {
		checkChain(model);
		return "audit/verdict :: verdict";
	}

	private void checkChain(Model model) {
		if (!requireReader().has(Role.HQ_ADMIN)) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
		}
		model.addAttribute("verdict", queries.verify());
		model.addAttribute("zone", displayZone);
	}

	private static Actor requireReader() {
		Actor actor = CurrentActor.get();
		if (READERS.stream().noneMatch(actor::has)) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
		}
		return actor;
	}
}
