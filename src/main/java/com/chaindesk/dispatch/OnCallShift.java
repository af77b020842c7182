package com.chaindesk.dispatch;

import java.time.Instant;

/** One dated on-call shift: {@code agent} (a username) answers for team {@code teamId} from {@code startsAt} to {@code endsAt}. */
public record OnCallShift(long id, long teamId, String teamCode, String agent, String agentName, Instant startsAt,
		Instant endsAt, String createdBy) {

	public boolean covers(Instant at) {
		return !at.isBefore(startsAt) && at.isBefore(endsAt);
	}
}
