package com.chaindesk.ticket;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the ticket module's periodic work (auto-close); it keeps its own state in the database, safe on many instances. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TicketScheduling {
}
