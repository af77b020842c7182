package com.chaindesk.identity;

import java.util.regex.Pattern;

import com.chaindesk.BrowserTest;
import com.chaindesk.ChainDeskTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@ChainDeskTest
class UserAdminBrowserTests extends BrowserTest {

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private long store;

	@BeforeEach
	void chain() {
		IdentityFixtures fixtures = new IdentityFixtures(accounts, transaction, jdbc);
		long region = fixtures.region("华南大区");
		store = fixtures.store(region, "天河城店");
	}

	@Test
	void anHqAdminOpensAStoreAccountAndFixesAFieldOnTheWay() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		page.click("#cd-menu a[href='/admin/users']");
		assertThat(page.locator("h1")).hasText("用户管理");
		assertThat(page.locator("#user-list")).containsText("admin");
		screenshot(page, "identity-users-laptop-zh-CN");

		page.click("#new-user");
		String username = IdentityFixtures.unique("li.na");
		page.fill("#username", username);
		page.fill("#displayName", "李娜");
		page.fill("#password", "first-day-1");
		page.check("#role-STORE_STAFF");
		page.check("#level-HQ");
		page.click("#open-account");
		assertThat(page.locator("#roles-error")).containsText("角色须与所属范围相符");
		assertThat(page.locator("#username")).hasValue(username);
		assertThat(page.locator("#password")).hasValue("");
		screenshot(page, "identity-user-new-error-laptop-zh-CN");

		page.fill("#password", "first-day-1");
		page.check("#level-STORE");
		page.selectOption("#storeId", String.valueOf(store));
		page.click("#open-account");
		assertThat(page.locator("#notice")).hasText("账号已创建。");
		assertThat(page.locator("h1")).containsText("李娜");
		assertThat(page.locator("section")).containsText("天河城店");
		screenshot(page, "identity-user-laptop-zh-CN");

		page.onDialog(dialog -> dialog.accept());
		page.click("#disable");
		assertThat(page.locator("#account-status")).containsText("已停用");
		page.click("#enable");
		assertThat(page.locator("#account-status")).containsText("正常");

		page.navigate(url("/admin/users?q=" + username));
		assertThat(page.locator("#user-list tbody tr")).hasCount(1);
		assertThat(page.locator("#user-list")).containsText("天河城店");
	}

	@Test
	void theListWorksOnAPhoneInEveryLanguage() {
		Page page = open(Screen.PHONE, "zh-CN");
		signIn(page, "admin");
		page.navigate(url("/admin/users"));
		assertThat(page.locator("#user-list")).isVisible();
		screenshot(page, "identity-users-phone-zh-CN");
		page.navigate(url("/admin/users/new"));
		page.click("#open-account");
		assertThat(page.locator("#username")).hasClass(Pattern.compile("is-invalid"));
		screenshot(page, "identity-user-new-error-phone-zh-CN");
		page.navigate(url("/admin/users?lang=zh-TW"));
		assertThat(page.locator("h1")).hasText("使用者管理");
		screenshot(page, "identity-users-phone-zh-TW");
		page.navigate(url("/admin/users/new?lang=en"));
		assertThat(page.locator("h1")).hasText("New account");
		screenshot(page, "identity-user-new-phone-en");
	}

	@Test
	void oddAddressesAndOutsidersGetAClearPageNeverA500() {
		Page page = open(Screen.LAPTOP, "zh-CN");
		signIn(page, "admin");
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users/abc")).status()).isEqualTo(400);
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users?page=x")).status()).isEqualTo(400);
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users?role=KING")).status()).isEqualTo(400);
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users/987654321")).status()).isEqualTo(404);
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users?page=-3&q=" + "%25".repeat(300))).status())
				.isEqualTo(200);

		IdentityFixtures fixtures = new IdentityFixtures(accounts, transaction, jdbc);
		AccountView agent = fixtures.hqAccount("outsider", com.chaindesk.platform.Role.L1_AGENT);
		page = open(Screen.PHONE, "zh-CN");
		page.navigate(url("/login"));
		page.fill("#username", agent.username());
		page.fill("#password", IdentityFixtures.PASSWORD);
		page.click("#sign-in");
		assertThat(page.locator("#cd-menu a[href='/admin/users']")).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(page.navigate(url("/admin/users")).status()).isEqualTo(403);
		assertThat(page.locator("section")).containsText("无权");
	}
}
