package com.chaindesk.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.chaindesk.org.OrgDirectory;
import com.chaindesk.platform.Actor;
import org.springframework.stereotype.Component;

/** Shows times in the reader's part of the chain: their store's or region's zone, HQ's otherwise. */
@Component
class ReaderClock {

	private static final ZoneId HQ_ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final OrgDirectory org;

	ReaderClock(OrgDirectory org) {
		this.org = org;
	}

	ZoneId zoneOf(Actor reader) {
		String zone = switch (reader.scope().level()) {
			case STORE -> org.store(reader.scope().storeId()).map(s -> s.timeZone()).orElse(null);
			case REGION -> org.region(reader.scope().regionId()).map(r -> r.timeZone()).orElse(null);
			case HQ, VENDOR -> null;
		};
		try {
			return zone == null ? HQ_ZONE : ZoneId.of(zone);
		}
		catch (java.time.DateTimeException unknownZone) {
			return HQ_ZONE;
		}
	}

	String format(Instant at, Actor reader) {
		return at == null ? null : FORMAT.withLocale(Locale.ROOT).format(at.atZone(zoneOf(reader)));
	}
}
