package com.chaindesk.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.chaindesk.platform.Actor;
import com.chaindesk.platform.ClusterSignals;
import org.springframework.stereotype.Component;

/**
 * Accepted tokens, remembered for a short while so that an integration calling many times a second does not cost
 * four queries a call. Revoking a token or disabling an account makes every instance forget at once (a cluster
 * signal); the time limit only bounds what a missed signal could cost.
 */
@Component
class RecentTokenChecks {

	static final String CHANNEL = "chaindesk_identity";

	private static final Duration REMEMBER_FOR = Duration.ofSeconds(30);
	private static final int MAX_REMEMBERED = 50_000;

	/** An accepted token: whose it is, what it may do, until when. */
	record Accepted(long tokenId, Actor actor, boolean readOnly, Instant expiresAt, Instant checkedAt, Instant touchedAt) {
	}

	private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
	private final ClusterSignals signals;

	RecentTokenChecks(ClusterSignals signals) {
		this.signals = signals;
		signals.listen(CHANNEL, payload -> accepted.clear());
	}

	Optional<Accepted> find(String tokenHash, Instant now) {
		Accepted remembered = accepted.get(tokenHash);
		if (remembered == null || remembered.checkedAt().plus(REMEMBER_FOR).isBefore(now)) {
			return Optional.empty();
		}
		return Optional.of(remembered);
	}

	void remember(String tokenHash, Accepted check) {
		if (accepted.size() >= MAX_REMEMBERED) {
			accepted.clear();
		}
		accepted.put(tokenHash, check);
	}

	void forget(String tokenHash) {
		accepted.remove(tokenHash);
	}

	/** Every instance forgets every accepted token: call inside the transaction that revokes or disables. */
	void forgetEverywhere() {
		accepted.clear();
		signals.send(CHANNEL, "forget");
	}
}
