package com.chaindesk.assist.draft;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.org.StoreRef;
import com.chaindesk.platform.Actor;
import com.chaindesk.ticket.OpenTicketCandidate;
import com.chaindesk.ticket.OpenTicketLookalikes;
import com.chaindesk.ticket.TicketAccess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Open tickets a report may duplicate: at the same store, those of the same category or sharing enough words;
 * anywhere in the network, those naming the same error code. Major incidents (and the major incident a match
 * already hangs under) come first, so a store joins the incident instead of opening one more ticket.
 */
@Component
class SimilarTickets {

	static final int SHOWN = 5;
	private static final int MAX_CODES = 5;
	private static final int STORE_CANDIDATES = 200;
	private static final double WORD_OVERLAP = 0.34;

	private final OpenTicketLookalikes lookalikes;
	private final OrgDirectory directory;
	private final TicketAccess access;
	private final MessageSource messages;
	private final Clock clock;

	SimilarTickets(OpenTicketLookalikes lookalikes, OrgDirectory directory, TicketAccess access, MessageSource messages,
			Clock clock) {
		this.lookalikes = lookalikes;
		this.directory = directory;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	List<SimilarTicket> find(StoreRef store, String text, String category, List<String> codes, Actor reader, Locale locale) {
		Map<Long, Found> found = new LinkedHashMap<>();
		// A pasted log may name dozens of codes: the first few are what the device showed.
		for (String code : codes.stream().limit(MAX_CODES).toList()) {
			List<OpenTicketCandidate> withCode = lookalikes.openWithErrorCodes(List.of(code), SHOWN * 2);
			if (withCode.isEmpty()) {
				continue;
			}
			int otherStores = store == null ? lookalikes.otherStoresWithErrorCode(code, -1)
					: lookalikes.otherStoresWithErrorCode(code, store.id());
			String reason = messages.getMessage("draft.similar.error-code", new Object[] { code, otherStores }, locale);
			for (OpenTicketCandidate t : withCode) {
				found.putIfAbsent(t.id(), new Found(t, store != null && t.storeId() == store.id() ? sameStore(t, locale) + "，" + code : reason));
			}
		}
		if (store != null) {
			Set<String> words = bigrams(text);
			for (OpenTicketCandidate t : lookalikes.openAtStore(store.id(), store.regionId(), STORE_CANDIDATES)) {
				if ((category != null && category.equals(t.category())) || overlap(words, bigrams(ProblemText.normalise(t.subject())))) {
					found.putIfAbsent(t.id(), new Found(t, sameStore(t, locale)));
				}
			}
		}
		Set<Long> parents = new HashSet<>();
		found.values().forEach(f -> {
			if (f.ticket().parentId() != null && !found.containsKey(f.ticket().parentId())) {
				parents.add(f.ticket().parentId());
			}
		});
		List<Found> ordered = new ArrayList<>();
		for (OpenTicketCandidate major : lookalikes.openMajorIncidents(parents)) {
			ordered.add(new Found(major, messages.getMessage("draft.similar.major", null, locale)));
		}
		found.values().stream().filter(f -> f.ticket().major()).forEach(f -> ordered.add(
				new Found(f.ticket(), messages.getMessage("draft.similar.major", null, locale) + " · " + f.reason())));
		found.values().stream().filter(f -> !f.ticket().major()).forEach(ordered::add);
		List<Found> shown = ordered.subList(0, Math.min(SHOWN, ordered.size()));
		Map<Long, StoreRef> stores = directory.stores(shown.stream().map(f -> f.ticket().storeId()).distinct().toList());
		return shown.stream().map(f -> {
			OpenTicketCandidate t = f.ticket();
			StoreRef at = stores.get(t.storeId());
			return new SimilarTicket(t.id(), t.number(), t.subject(), t.status().name(), at == null ? "" : at.name(locale),
					f.reason(), t.major(), reader != null && access.sees(reader, t.storeId(), t.regionId(), null));
		}).toList();
	}

	private String sameStore(OpenTicketCandidate t, Locale locale) {
		Duration ago = Duration.between(t.createdAt(), clock.instant());
		if (ago.toHours() >= 24) {
			return messages.getMessage("draft.similar.same-store.days", new Object[] { ago.toDays() }, locale);
		}
		if (ago.toMinutes() >= 60) {
			return messages.getMessage("draft.similar.same-store.hours", new Object[] { ago.toHours() }, locale);
		}
		return messages.getMessage("draft.similar.same-store.minutes", new Object[] { Math.max(1, ago.toMinutes()) }, locale);
	}

	private static boolean overlap(Set<String> words, Set<String> subject) {
		if (subject.isEmpty()) {
			return false;
		}
		long shared = subject.stream().filter(words::contains).count();
		return (double) shared / subject.size() >= WORD_OVERLAP;
	}

	private static Set<String> bigrams(String normalised) {
		Set<String> out = new HashSet<>();
		for (int i = 0; i + 1 < normalised.length(); i++) {
			if (Character.isLetterOrDigit(normalised.charAt(i)) && Character.isLetterOrDigit(normalised.charAt(i + 1))) {
				out.add(normalised.substring(i, i + 2));
			}
		}
		return out;
	}

	private record Found(OpenTicketCandidate ticket, String reason) {
	}
}
