package com.chaindesk.assist.chat;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.chaindesk.TestOrg;
import com.chaindesk.identity.NewAccount;
import com.chaindesk.identity.UserAccounts;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A region and stores of a test's own, with people who work there; nobody else's articles or chats reach them. */
public final class ChatPeople {

	public static final String PASSWORD = "correct-horse";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAccounts accounts;
	private final TransactionTemplate transaction;
	private final JdbcClient jdbc;

	public ChatPeople(UserAccounts accounts, TransactionTemplate transaction, JdbcClient jdbc) {
		this.accounts = accounts;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	public long region(String name) {
		return TestOrg.region(jdbc, "CR", "{\"zh-CN\":\"" + name + "\",\"zh-TW\":\"" + name + "\",\"en\":\"" + name + "\"}");
	}

	public long store(long region, String name) {
		return TestOrg.store(jdbc, region, "CS", "{\"zh-CN\":\"" + name + "\",\"zh-TW\":\"" + name + "\",\"en\":\"" + name + "\"}");
	}

	/** A person of the given role at a store, region or HQ; returns the username (password {@link #PASSWORD}). */
	public String person(String prefix, Role role, OrgScope scope) {
		String username = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
		transaction.executeWithoutResult(status -> accounts.open(new NewAccount(username, "测试 " + username, PASSWORD,
				null, Set.of(role), scope)));
		return username;
	}
}
