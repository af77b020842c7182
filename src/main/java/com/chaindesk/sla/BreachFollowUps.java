package com.chaindesk.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.config.Settings;
import com.chaindesk.identity.AccountView;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.BeforeCommit;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import com.chaindesk.ticket.Assignment;
import com.chaindesk.ticket.TicketManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach actions of setting sla.breach-actions that are notes and telling people: an internal note to whoever
 * holds the ticket on a warning and on a breach, and on a breach telling the store region's manager(s). Until a
 * notification module exists, "telling" is, in the breach's transaction: a note on the ticket naming who was told,
 * the region managers made watchers (the ticket shows in their watched list) and an audit entry. Notes are written
 * in the store's language. Each warning and breach is followed up once because it is heard once: only the
 * transaction that marks the clock publishes it (the mark is made once per clock and generation), and it is heard
 * inside that transaction, never replayed from a publication.
 * <p>
 * Warnings are heard here, before the warning commits. A breach is heard by dispatch inside the breach's transaction,
 * which escalates first and then calls {@link #breached}, so the note names the ticket's new holder.
 */
@Service
public class BreachFollowUps {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final Settings settings;
	private final TicketManagement tickets;
	private final UserAccounts accounts;
	private final OrgDirectory org;
	private final MessageSource messages;
	private final AuditTrail audit;

	BreachFollowUps(Settings settings, TicketManagement tickets,
			UserAccounts accounts, OrgDirectory org, MessageSource messages, AuditTrail audit) {
		this.settings = settings;
		this.tickets = tickets;
		this.accounts = accounts;
		this.org = org;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * The warning note is written in the warning's own transaction: with the mark and the audit entries in one
	 * commit, a warning needs no event publication of its own (that was a third of a warning's statements), and if
	 * the note fails the warning is not marked either, so the timer runs it again.
	 */
	@BeforeCommit
	void on(SlaWarning warning) {
		BreachActions actions = actionsFor(warning.storeId(), warning.regionId());
		if (!actions.noteOnWarning()) {
			return;
		}
		Reader reader = readerOf(warning.storeId());
		tickets.noteAsSystem(warning.ticketId(), holder -> text(reader, "sla.followup.warning",
				clockName(reader, warning.clock()), reader.due(warning.dueAt()), holderName(reader, holder)), List.of());
	}

	/** What the store's region does on a breach (setting sla.breach-actions). */
	@Transactional(readOnly = true)
	public BreachActions actionsFor(SlaBreached breached) {
		return actionsFor(breached.storeId(), breached.regionId());
	}

	/** The breach note naming the holder and, if the setting says so, the region managers told. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void breached(SlaBreached breached) {
		BreachActions actions = actionsFor(breached.storeId(), breached.regionId());
		if (!actions.noteOnBreach() && !actions.tellRegionManager()) {
			return;
		}
		long ticketId = breached.ticketId();
		Reader reader = readerOf(breached.storeId());
		// Written after the holder's part: which region managers were told, or that the region has none.
		String managersPart = "";
		List<String> told = List.of();
		if (actions.tellRegionManager()) {
			List<AccountView> managers = accounts.holding(Role.REGION_MANAGER, OrgScope.region(breached.regionId()));
			if (managers.isEmpty()) {
				managersPart = text(reader, "sla.followup.noRegionManager");
			}
			else {
				String names = String.join("、", managers.stream().map(AccountView::displayName).toList());
				managersPart = text(reader, "sla.followup.told", names);
				told = managers.stream().map(AccountView::username).toList();
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("clock", breached.clock());
				entry.put("dueAt", breached.dueAt().toString());
				entry.put("regionManagers", told);
				audit.record(new AuditEvent("sla.breach.region-manager-told", "ticket", String.valueOf(ticketId),
						OrgScope.store(breached.storeId(), breached.regionId()), null, entry));
			}
		}
		String afterHolder = managersPart;
		tickets.noteAsSystem(ticketId, holder -> text(reader, "sla.followup.breach", clockName(reader, breached.clock()),
				reader.due(breached.dueAt()), holderName(reader, holder)) + afterHolder, told);
	}

	private BreachActions actionsFor(long storeId, long regionId) {
		return settings.effective(SlaSettings.BREACH_ACTIONS, OrgScope.store(storeId, regionId));
	}

	/** The store's language and zone: notes on its tickets are read by its people and the desk serving it. */
	private record Reader(Locale locale, ZoneId zone) {

		String due(Instant at) {
			return DUE.withZone(zone).format(at);
		}
	}

	private Reader readerOf(long storeId) {
		StoreRef store = org.store(storeId).orElseThrow();
		return new Reader(store.locale() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(store.locale()),
				ZoneId.of(store.timeZone()));
	}

	private String clockName(Reader reader, String clock) {
		return text(reader, "sla.clock.kind." + clock);
	}

	private String holderName(Reader reader, Assignment holder) {
		if (holder.agent() != null) {
			// Desk agents by the name their team knows them by (as the escalation note names them), else their account's.
			String agentName = org.agentNames(List.of(holder.agent())).get(holder.agent());
			return agentName != null ? agentName
					: accounts.findByUsername(holder.agent()).map(AccountView::displayName).orElse(holder.agent());
		}
		if (holder.vendor() != null) {
			return org.vendor(holder.vendor()).map(v -> v.company()).orElse(text(reader, "sla.followup.holder.none"));
		}
		if (holder.team() != null) {
			return org.teams().stream().filter(t -> t.id() == holder.team()).findFirst()
					.map(t -> t.name(reader.locale())).orElse(text(reader, "sla.followup.holder.none"));
		}
		return text(reader, "sla.followup.holder.none");
	}

	private String text(Reader reader, String key, Object... args) {
		return messages.getMessage(key, args, reader.locale());
	}
}
