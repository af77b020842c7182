package com.chaindesk.ticket;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolved and closed store tickets as training material for the ticket-draft classifier (assist): system use, not
 * scoped (nothing leaves the instance; the classifier keeps only word statistics). Newest first, so a chain's
 * changing words count; major incident parents are left out (their text is the desk's, not a store's).
 */
@Component
public class ResolvedTicketSamples {

	private final JdbcClient jdbc;

	ResolvedTicketSamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ResolvedTicketSample> newest(int limit) {
		return jdbc.sql("""
				select category, subject, description, priority, device from ticket.ticket
				 where status in ('RESOLVED', 'CLOSED') and not major and type in ('INCIDENT', 'REQUEST')
				 order by id desc limit ?
				""").param(limit).query((rs, n) -> new ResolvedTicketSample(rs.getString("category"), rs.getString("subject"),
				rs.getString("description"), Priority.valueOf(rs.getString("priority")), rs.getString("device"))).list();
	}
}
