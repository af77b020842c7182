package com.chaindesk.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.Conflict;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.NotFound;
import com.chaindesk.platform.OrgScope;
import com.chaindesk.platform.OutsideScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The vendor companies the chain contracts (POS makers, carriers, ...). Seen by scope, changed by the HQ admin. */
@Service
@Transactional
public class VendorManagement {

	private static final TypeReference<List<String>> WORDS = new TypeReference<>() {
	};
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final OrgAccess access;
	private final AuditTrail audit;

	VendorManagement(JdbcClient jdbc, JsonMapper json, OrgAccess access, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<VendorView> visible(String text) {
		Actor actor = CurrentActor.get();
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return jdbc.sql("select * from org.vendor order by id").query(this::view).list().stream()
				.filter(vendor -> access.seesVendor(actor, vendor.id()))
				.filter(vendor -> wanted.isEmpty() || vendor.code().toLowerCase(Locale.ROOT).contains(wanted)
						|| vendor.company().toLowerCase(Locale.ROOT).contains(wanted) || vendor.services().contains(wanted))
				.toList();
	}

	@Transactional(readOnly = true)
	public VendorView find(long id) {
		return jdbc.sql("select * from org.vendor where id = ?").param(id).query(this::view).optional()
				.filter(vendor -> access.seesVendor(CurrentActor.get(), id)).orElseThrow(() -> new NotFound("vendor", id));
	}

	@Transactional(readOnly = true)
	public Optional<VendorView> byCode(String code) {
		return jdbc.sql("select * from org.vendor where code = ?").param(code).query(this::view).optional()
				.filter(vendor -> access.seesVendor(CurrentActor.get(), vendor.id()));
	}

	public VendorView open(VendorDraft draft) {
		requireAdmin();
		Checked checked = check(draft);
		if (codeTaken(checked.code(), -1)) {
			throw new Conflict("code", "A vendor with code " + checked.code() + " already exists.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into org.vendor (code, company, services, contract_number, contract_ends, contact_phone, contact_email)
				values (?, ?, ?::jsonb, ?, ?, ?, ?)""")
				.params(checked.code(), checked.company(), json.writeValueAsString(checked.services()),
						checked.contractNumber(), checked.contractEnds(), checked.contactPhone(), checked.contactEmail())
				.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(new AuditEvent("vendor.opened", "vendor", String.valueOf(id), OrgScope.vendor(id), null, checked));
		return find(id);
	}

	public VendorView revise(long id, VendorDraft draft) {
		VendorView before = find(id);
		requireAdmin();
		Checked checked = check(draft);
		if (draft.version() == null) {
			throw new RuleBroken(List.of(new Breach("version", Rule.REQUIRED)));
		}
		if (codeTaken(checked.code(), id)) {
			throw new Conflict("code", "A vendor with code " + checked.code() + " already exists.");
		}
		int updated = jdbc.sql("""
				update org.vendor set code = ?, company = ?, services = ?::jsonb, contract_number = ?, contract_ends = ?,
				       contact_phone = ?, contact_email = ?, version = version + 1
				 where id = ? and version = ?""")
				.params(checked.code(), checked.company(), json.writeValueAsString(checked.services()),
						checked.contractNumber(), checked.contractEnds(), checked.contactPhone(), checked.contactEmail(),
						id, draft.version())
				.update();
		if (updated != 1) {
			throw new Conflict("version", "Vendor " + before.code() + " was changed by someone else since you loaded it.");
		}
		audit.record(new AuditEvent("vendor.revised", "vendor", String.valueOf(id), OrgScope.vendor(id), before, checked));
		return find(id);
	}

	public VendorView changeStatus(long id, boolean active) {
		VendorView before = find(id);
		requireAdmin();
		String wanted = active ? "ACTIVE" : "CLOSED";
		if (before.status().equals(wanted)) {
			throw new Conflict("status", "Vendor " + before.code() + " is already " + wanted.toLowerCase(Locale.ROOT) + ".");
		}
		jdbc.sql("update org.vendor set status = ?, version = version + 1 where id = ?").params(wanted, id).update();
		audit.record(new AuditEvent(active ? "vendor.reopened" : "vendor.closed", "vendor", String.valueOf(id),
				OrgScope.vendor(id), Map.of("status", before.status()), Map.of("status", wanted)));
		return find(id);
	}

	private record Checked(String code, String company, List<String> services, String contractNumber,
			LocalDate contractEnds, String contactPhone, String contactEmail) {
	}

	private static Checked check(VendorDraft draft) {
		Breaches breaches = new Breaches();
		String code = breaches.code("code", draft.code(), "SUNPOS");
		String company = breaches.text("company", draft.company(), 200);
		List<String> services = Words.skills("services", draft.services(), breaches);
		String contract = breaches.optionalText("contractNumber", draft.contractNumber(), 60);
		String phone = breaches.optionalText("contactPhone", draft.contactPhone(), 30);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			breaches.add("contactPhone", Rule.PATTERN, "+86 400 800 0000");
		}
		String email = breaches.optionalText("contactEmail", draft.contactEmail(), 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			breaches.add("contactEmail", Rule.PATTERN, "service@example.com");
		}
		breaches.throwIfAny();
		return new Checked(code, company, services, contract, draft.contractEnds(), phone, email);
	}

	private boolean codeTaken(String code, long exceptId) {
		return jdbc.sql("select exists (select 1 from org.vendor where code = ? and id <> ?)").params(code, exceptId)
				.query(Boolean.class).single();
	}

	private void requireAdmin() {
		if (!access.administersOrganisation(CurrentActor.get())) {
			throw new OutsideScope("Only the HQ admin sets up vendors.");
		}
	}

	private VendorView view(ResultSet rs, int n) throws SQLException {
		java.sql.Date ends = rs.getDate("contract_ends");
		return new VendorView(rs.getLong("id"), rs.getString("code"), rs.getString("company"),
				json.readValue(rs.getString("services"), WORDS), rs.getString("contract_number"),
				ends == null ? null : ends.toLocalDate(), rs.getString("contact_phone"), rs.getString("contact_email"),
				rs.getString("status"), rs.getInt("version"));
	}
}
