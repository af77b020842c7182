package com.chaindesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.chaindesk.identity.security.TotpCodes;
import com.chaindesk.platform.Role;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@ChainDeskTest
class AccountSecurityBrowserTests extends BrowserTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TotpCodes totp;

	private IdentityFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IdentityFixtures(accounts, transaction, jdbc);
	}

	private void signInAs(Page page, AccountView account) {
		page.navigate(url("/login"));
		page.fill("#username", account.username());
		page.fill("#password", IdentityFixtures.PASSWORD);
		page.click("#sign-in");
		page.waitForLoadState();
	}

	private void signOut(Page page) {
		page.click("#cd-user");
		page.click("#cd-logout");
		assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
	}

	/** A code that is right for none of the steps the server accepts now. */
	private String wrongCode(String secret) {
		Instant now = Instant.now();
		List<String> valid = List.of(totp.codeAt(secret, now.minusSeconds(30)), totp.codeAt(secret, now),
				totp.codeAt(secret, now.plusSeconds(30)));
		for (String candidate : new String[] { "000000", "111111", "222222" }) {
			if (!valid.contains(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	@Test
	void signingInWithoutASecondFactorGoesStraightIn() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		assertThat(page).hasURL(Pattern.compile(".*/$"));
		assertThat(page.locator("h1")).containsText("欢迎");
		page.navigate(url("/account/security"));
		assertThat(page.locator("#second-factor-status")).hasText("未开启");
		screenshot(page, "identity-security-laptop-zh-CN");
	}

	@Test
	void aSecondFactorSetUpOnTheSecurityPageIsAskedForAtTheNextSignIn() {
		AccountView person = fixtures.hqAccount("totp-browser", Role.ENGINEER);
		Page page = open(Screen.LAPTOP, "zh-CN");
		signInAs(page, person);
		page.navigate(url("/account/security"));
		page.click("#turn-on");
		assertThat(page.locator("#totp-qr")).isVisible();
		screenshot(page, "identity-enrol-laptop-zh-CN");
		String secret = page.textContent("#totp-secret").replace(" ", "").strip();

		page.fill("#code", wrongCode(secret));
		page.click("#confirm-enrolment");
		assertThat(page.locator(".invalid-feedback")).isVisible();

		page.fill("#code", totp.codeAt(secret, Instant.now()));
		page.click("#confirm-enrolment");
		assertThat(page.locator("#recovery-codes li")).hasCount(10);
		List<String> recovery = page.locator("#recovery-codes li").allTextContents();
		screenshot(page, "identity-recovery-codes-laptop-zh-CN");
		page.click("#recovery-done");
		assertThat(page.locator("#second-factor-status")).hasText("已开启");
		assertThat(page.locator("#recovery-left")).containsText("10");
		signOut(page);

		signInAs(page, person);
		assertThat(page).hasURL(Pattern.compile(".*/login/second-factor$"));
		page.fill("#code", wrongCode(secret));
		page.click("#verify");
		assertThat(page.locator(".alert-danger")).containsText("验证码错误");
		screenshot(page, "identity-second-factor-wrong-laptop-zh-CN");
		// The step after the enrolment's: a code from the same 30 seconds would count as replayed.
		page.fill("#code", totp.codeAt(secret, Instant.now().plusSeconds(30)));
		page.click("#verify");
		assertThat(page).hasURL(Pattern.compile(".*/$"));
		assertThat(page.locator("h1")).containsText("欢迎");
		signOut(page);

		// A recovery code works once.
		signInAs(page, person);
		page.fill("#code", recovery.getFirst());
		page.click("#verify");
		assertThat(page).hasURL(Pattern.compile(".*/$"));
		page.navigate(url("/account/security"));
		assertThat(page.locator("#recovery-left")).containsText("9");
		signOut(page);
		signInAs(page, person);
		page.fill("#code", recovery.getFirst());
		page.click("#verify");
		assertThat(page.locator(".alert-danger")).isVisible();
		assertThat(page).hasURL(Pattern.compile(".*/login/second-factor$"));
	}

	@Test
	void aNewTokenIsShownOnceAndThenOnlyItsPrefix() {
		AccountView person = fixtures.hqAccount("token-browser", Role.L1_AGENT);
		Page page = open(Screen.PHONE, "zh-CN");
		signInAs(page, person);
		page.navigate(url("/account/security"));
		assertThat(page.locator("#no-tokens")).isVisible();

		page.fill("#token-name", "");
		page.fill("#token-days", "400");
		page.click("#create-token");
		assertThat(page.locator("#token-name")).hasClass(Pattern.compile("is-invalid"));
		assertThat(page.locator("#token-days")).hasClass(Pattern.compile("is-invalid"));
		screenshot(page, "identity-token-error-phone-zh-CN");

		page.fill("#token-name", "门店日报脚本");
		page.fill("#token-days", "30");
		page.selectOption("#token-access", "false");
		page.click("#create-token");
		String token = page.inputValue("#new-token");
		assertThat(token).startsWith("cd_");
		assertThat(page.locator(".alert-warning")).containsText("无法再次查看");
		screenshot(page, "identity-token-created-phone-zh-CN");

		page.click("#token-done");
		assertThat(page.locator("#token-list")).containsText("门店日报脚本");
		assertThat(page.locator(".token-status").first()).hasText("有效");
		assertThat(page.content()).doesNotContain(token);
		page.evaluate("window.scrollTo(0, 0)");
		screenshot(page, "identity-security-phone-zh-CN");

		page.onDialog(dialog -> dialog.accept());
		page.click(".revoke-token");
		assertThat(page.locator("#notice")).containsText("令牌已吊销");
		assertThat(page.locator(".token-status").first()).hasText("已吊销");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndTheSameNewOneTwice() {
		AccountView person = fixtures.hqAccount("pw-browser", Role.L1_AGENT);
		Page page = open(Screen.PHONE, "en");
		signInAs(page, person);
		page.navigate(url("/account/security?lang=en"));
		page.fill("#currentPassword", "not-it-at-all");
		page.fill("#newPassword", "short");
		page.click("#change-password");
		assertThat(page.locator("#currentPassword")).hasClass(Pattern.compile("is-invalid"));
		assertThat(page.locator("#newPassword")).hasClass(Pattern.compile("is-invalid"));
		page.evaluate("window.scrollTo(0, 0)");
		screenshot(page, "identity-password-error-phone-en");

		page.fill("#currentPassword", IdentityFixtures.PASSWORD);
		page.fill("#newPassword", "battery-staple");
		page.fill("#repeatPassword", "battery-staple");
		page.click("#change-password");
		assertThat(page.locator("#notice")).containsText("password has been changed");
		signOut(page);
		page.fill("#username", person.username());
		page.fill("#password", "battery-staple");
		page.click("#sign-in");
		assertThat(page).hasURL(Pattern.compile(".*/$"));
	}
}
