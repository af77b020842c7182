package com.chaindesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.chaindesk.ApiCaller;
import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.security.TotpCodes;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HQ (or a region, where HQ allows) says which roles need a second factor; sign-in obeys at once, on the page and on
 * the API, and only for the part of the chain the setting covers.
 */
@ChainDeskTest
class SecondFactorPolicyTests extends BrowserTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TotpCodes totp;

	private IdentityFixtures fixtures;
	private long strictStore;
	private long strictRegion;
	private long relaxedStore;
	private long relaxedRegion;

	@BeforeAll
	void regionThatRequiresASecondFactorOfStoreManagers() {
		fixtures = new IdentityFixtures(accounts, transaction, jdbc);
		strictRegion = fixtures.region("严格大区");
		strictStore = fixtures.store(strictRegion, "严格门店");
		relaxedRegion = fixtures.region("宽松大区");
		relaxedStore = fixtures.store(relaxedRegion, "宽松门店");
		ApiCaller.Reply set = ApiCaller.as(port, "admin").put("/api/v1/config/security.second-factor?scope=region:" + strictRegion,
				Map.of("value", List.of("STORE_MANAGER")));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
	}

	@Test
	void theApiRefusesAStoreManagerWithoutASecondFactorOnlyWhereRequired() {
		AccountView strict = fixtures.account("sf-strict", Set.of(Role.STORE_MANAGER), OrgScope.store(strictStore, strictRegion));
		AccountView relaxed = fixtures.account("sf-relaxed", Set.of(Role.STORE_MANAGER), OrgScope.store(relaxedStore, relaxedRegion));
		AccountView staff = fixtures.account("sf-staff", Set.of(Role.STORE_STAFF), OrgScope.store(strictStore, strictRegion));
		ApiCaller anonymous = ApiCaller.anonymous(port);

		ApiCaller.Reply refused = anonymous.post("/api/v1/auth/token", fixtures.loginBody(strict));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("reason").asString()).isEqualTo("ENROLMENT_REQUIRED");
		assertThat(anonymous.post("/api/v1/auth/token", fixtures.loginBody(relaxed)).status()).isEqualTo(200);
		assertThat(anonymous.post("/api/v1/auth/token", fixtures.loginBody(staff)).status()).isEqualTo(200);
	}

	@Test
	void aStoreManagerMustSetUpTheAppBeforeGettingInAndThenGivesACodeEachTime() {
		AccountView strict = fixtures.account("sf-enrol", Set.of(Role.STORE_MANAGER), OrgScope.store(strictStore, strictRegion));
		Page page = open(Screen.PHONE, "zh-CN");
		passwordStep(page, strict);
		assertThat(page.locator("h1")).hasText("设置两步验证");
		assertThat(page.locator("#totp-qr")).isVisible();
		screenshot(page, "identity-enforced-enrolment-phone-zh-CN");

		page.navigate(url("/"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login/second-factor$"));

		String secret = page.textContent("#totp-secret").replace(" ", "").strip();
		page.fill("#code", totp.codeAt(secret, Instant.now()));
		page.click("#verify");
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		page.click("text=我已保存，继续");
		assertThat(page.locator("h1")).containsText("欢迎");

		page.context().clearCookies();
		passwordStep(page, strict);
		assertThat(page.locator("h1")).hasText("两步验证");
		String next = totp.codeAt(secret, Instant.now().plusSeconds(30));
		page.fill("#code", next);
		page.click("#verify");
		assertThat(page.locator("h1")).containsText("欢迎");
	}

	private void passwordStep(Page page, AccountView account) {
		page.navigate(url("/login"));
		page.fill("#username", account.username());
		page.fill("#password", IdentityFixtures.PASSWORD);
		page.click("#sign-in");
		page.waitForLoadState();
	}
}
