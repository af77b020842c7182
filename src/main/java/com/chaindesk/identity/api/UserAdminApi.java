package com.chaindesk.identity.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.chaindesk.identity.AccountAdministration;
import com.chaindesk.identity.AccountOpening;
import com.chaindesk.identity.AccountPage;
import com.chaindesk.identity.AccountQuery;
import com.chaindesk.identity.AccountView;
import com.chaindesk.identity.ScopeChoice;
import com.chaindesk.org.OrgDirectory;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for HQ admins and region managers, within what they reach. */
@RestController
@RequestMapping("/api/v1/identity/users")
class UserAdminApi {

	record ScopeBody(@NotNull OrgScope.Level level, Long regionId, Long storeId, Long vendorId) {
	}

	record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
			@Size(max = 200) String email, @NotBlank @Size(max = 128) String password, @NotEmpty Set<@NotNull Role> roles,
			@NotNull @Valid ScopeBody scope) {
	}

	record ScopeRow(OrgScope.Level level, Long regionId, Long storeId, Long vendorId, String name) {
	}

	record UserRow(long id, String username, String displayName, String email, boolean enabled, boolean locked,
			boolean secondFactor, Set<Role> roles, ScopeRow scope) {
	}

	record UserList(List<UserRow> items, int page, int size, long total) {
	}

	private final AccountAdministration administration;
	private final OrgDirectory org;

	UserAdminApi(AccountAdministration administration, OrgDirectory org) {
		this.administration = administration;
		this.org = org;
	}

	@GetMapping
	UserList list(@RequestParam(defaultValue = "") @Size(max = AccountQuery.MAX_TEXT) String q,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(AccountQuery.MAX_SIZE) int size, Locale locale) {
		AccountPage found = administration.search(me(), new AccountQuery(q, role, page, size));
		return new UserList(found.items().stream().map(a -> row(a, locale)).toList(), found.page(), found.size(), found.total());
	}

	@GetMapping("/{id}")
	UserRow one(@PathVariable long id, Locale locale) {
		return row(administration.find(me(), id), locale);
	}

	@PostMapping
	ResponseEntity<UserRow> open(@Valid @RequestBody NewUser user, Locale locale) {
		ScopeBody scope = user.scope();
		AccountView opened = administration.open(me(), new AccountOpening(user.username(), user.displayName(),
				user.email(), user.password(), user.roles(),
				new ScopeChoice(scope.level(), scope.regionId(), scope.storeId(), scope.vendorId())));
		return ResponseEntity.status(HttpStatus.CREATED).body(row(opened, locale));
	}

	@PostMapping("/{id}/disable")
	UserRow disable(@PathVariable long id, Locale locale) {
		return row(administration.disable(me(), id), locale);
	}

	@PostMapping("/{id}/enable")
	UserRow enable(@PathVariable long id, Locale locale) {
		return row(administration.enable(me(), id), locale);
	}

	@PostMapping("/{id}/unlock")
	UserRow unlock(@PathVariable long id, Locale locale) {
		return row(administration.unlock(me(), id), locale);
	}

	@PostMapping("/{id}/reset-second-factor")
	UserRow resetSecondFactor(@PathVariable long id, Locale locale) {
		return row(administration.resetSecondFactor(me(), id), locale);
	}

	private UserRow row(AccountView account, Locale locale) {
		OrgScope scope = account.scope();
		String name = switch (scope.level()) {
			case HQ -> null;
			case REGION -> org.region(scope.regionId()).map(r -> r.name(locale)).orElse(null);
			case STORE -> org.store(scope.storeId()).map(s -> s.name(locale)).orElse(null);
			case VENDOR -> null;
		};
		return new UserRow(account.id(), account.username(), account.displayName(), account.email(), account.enabled(),
				account.lockedAt(java.time.Instant.now()), account.secondFactor(), account.roles(),
				new ScopeRow(scope.level(), scope.regionId(), scope.storeId(), scope.vendorId(), name));
	}

	private static Actor me() {
		return CurrentActor.find().orElseThrow();
	}
}
