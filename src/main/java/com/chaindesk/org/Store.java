package com.chaindesk.org;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import com.chaindesk.platform.Conflict;

/**
 * A store of the chain and the rules it keeps about itself: a valid code, names, position, zone and language;
 * opening hours that make sense; closures that do not overlap; and a status that moves OPEN -> CLOSED -> OPEN only
 * on purpose. Knows nothing of who is asking: {@link OrgAccess} decides that.
 */
class Store {

	static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");
	static final Set<String> LOCALES = Set.of("zh-CN", "zh-TW", "en");
	static final int MAX_CLOSURES = 100;
	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{3,30}");

	/** What identifies and places a store: everything but hours, closures, phone and status. */
	record Profile(String code, Map<String, String> names, long regionId, String city, String address,
			BigDecimal latitude, BigDecimal longitude, ZoneId timeZone, String locale, SizeClass sizeClass) {

		/** The JSON names of the fields in which {@code other} differs from this profile. */
		Set<String> differencesFrom(Profile other) {
			Set<String> fields = new LinkedHashSet<>();
			if (!code.equals(other.code)) fields.add("code");
			if (!names.equals(other.names)) fields.add("name");
			if (regionId != other.regionId) fields.add("regionId");
			if (!city.equals(other.city)) fields.add("city");
			if (!address.equals(other.address)) fields.add("address");
			if (latitude.compareTo(other.latitude) != 0) fields.add("latitude");
			if (longitude.compareTo(other.longitude) != 0) fields.add("longitude");
			if (!timeZone.equals(other.timeZone)) fields.add("timeZone");
			if (!locale.equals(other.locale)) fields.add("locale");
			if (sizeClass != other.sizeClass) fields.add("sizeClass");
			return fields;
		}
	}

	/** A draft that passed every rule. */
	private record Checked(Profile profile, WeeklyHours hours, List<StoreClosure> closures, String phone) {
	}

	private Long id;
	private Profile profile;
	private WeeklyHours hours;
	private List<StoreClosure> closures;
	private String phone;
	private StoreStatus status;
	private int version;

	Store(Long id, Profile profile, WeeklyHours hours, List<StoreClosure> closures, String phone, StoreStatus status,
			int version) {
		this.id = id;
		this.profile = profile;
		this.hours = hours;
		this.closures = List.copyOf(closures);
		this.phone = phone;
		this.status = status;
		this.version = version;
	}

	/** A new store, open from the start. */
	static Store register(StoreDraft draft, LongPredicate knownRegion) {
		Checked checked = check(draft, knownRegion);
		return new Store(null, checked.profile(), checked.hours(), checked.closures(), checked.phone(), StoreStatus.OPEN, 0);
	}

	/** Everything changes but the status, which only {@link #close()} and {@link #reopen()} move. */
	void revise(StoreDraft draft, LongPredicate knownRegion) {
		Checked checked = check(draft, knownRegion);
		profile = checked.profile();
		hours = checked.hours();
		closures = checked.closures();
		phone = checked.phone();
	}

	/**
	 * The fields of the draft's profile that differ from this store's: what a person who may only adjust local
	 * details (hours, closures, phone) would be changing beyond that. Empty when the draft only touches those.
	 */
	Set<String> profileChangesIn(StoreDraft draft, LongPredicate knownRegion) {
		return check(draft, knownRegion).profile().differencesFrom(profile);
	}

	void close() {
		if (status == StoreStatus.CLOSED) {
			throw new Conflict("status", "Store " + profile.code() + " is already closed.");
		}
		status = StoreStatus.CLOSED;
	}

	void reopen() {
		if (status == StoreStatus.OPEN) {
			throw new Conflict("status", "Store " + profile.code() + " is already open.");
		}
		status = StoreStatus.OPEN;
	}

	/** Open for business at this moment: trading, not inside a closure, within its hours in its own zone. */
	boolean isOpenAt(Instant at) {
		if (status != StoreStatus.OPEN) {
			return false;
		}
		ZonedDateTime local = at.atZone(profile.timeZone());
		if (closures.stream().anyMatch(c -> c.covers(local.toLocalDate()))) {
			return false;
		}
		return hours.isOpenAt(local);
	}

	private static Checked check(StoreDraft draft, LongPredicate knownRegion) {
		Breaches breaches = new Breaches();
		String code = breaches.code("code", draft.code(), "SH-XH-01");
		Map<String, String> names = Names.check("name", draft.names(), breaches);
		Long regionId = breaches.required("regionId", draft.regionId());
		if (regionId != null && !knownRegion.test(regionId)) {
			breaches.add("regionId", Rule.UNKNOWN_REGION);
		}
		String city = breaches.text("city", draft.city(), 60);
		String address = breaches.text("address", draft.address(), 200);
		BigDecimal latitude = coordinate("latitude", draft.latitude(), 90, breaches);
		BigDecimal longitude = coordinate("longitude", draft.longitude(), 180, breaches);
		ZoneId zone = zone(draft.timeZone(), breaches);
		String locale = breaches.required("locale", draft.locale());
		if (locale != null && !LOCALES.contains(locale)) {
			breaches.add("locale", Rule.ONE_OF, "zh-CN, zh-TW, en");
		}
		SizeClass size = sizeClass(draft.sizeClass(), breaches);
		WeeklyHours hours = WeeklyHours.read(draft.openingHours(), "openingHours", breaches);
		List<StoreClosure> closures = closures(draft.closures(), breaches);
		String phone = breaches.optionalText("phone", draft.phone(), 30);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			breaches.add("phone", Rule.PATTERN, "+86 21 6448 0000");
		}
		breaches.throwIfAny();
		return new Checked(new Profile(code, names, regionId, city, address, latitude, longitude, zone, locale, size),
				hours, closures, phone);
	}

	private static BigDecimal coordinate(String field, Double value, int limit, Breaches breaches) {
		if (value == null) {
			breaches.add(field, Rule.REQUIRED);
			return null;
		}
		if (value.isNaN() || value < -limit || value > limit) {
			breaches.add(field, Rule.RANGE, -limit, limit);
			return null;
		}
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
	}

	private static ZoneId zone(String value, Breaches breaches) {
		if (value == null || value.isBlank()) {
			breaches.add("timeZone", Rule.REQUIRED);
			return null;
		}
		// Region ids only (Asia/Shanghai): offsets like +08:00 would ignore daylight saving where a store has it.
		if (!ZoneId.getAvailableZoneIds().contains(value.strip())) {
			breaches.add("timeZone", Rule.TIME_ZONE);
			return null;
		}
		try {
			return ZoneId.of(value.strip());
		}
		catch (DateTimeException e) {
			breaches.add("timeZone", Rule.TIME_ZONE);
			return null;
		}
	}

	private static SizeClass sizeClass(String value, Breaches breaches) {
		if (value == null || value.isBlank()) {
			breaches.add("sizeClass", Rule.REQUIRED);
			return null;
		}
		try {
			return SizeClass.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			breaches.add("sizeClass", Rule.ONE_OF, "S, M, L, XL");
			return null;
		}
	}

	private static List<StoreClosure> closures(List<StoreClosure> given, Breaches breaches) {
		if (given == null) {
			return List.of();
		}
		if (given.size() > MAX_CLOSURES) {
			breaches.add("closures", Rule.LIST_TOO_LONG, MAX_CLOSURES);
			return List.of();
		}
		List<StoreClosure> valid = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			StoreClosure closure = given.get(i);
			String field = "closures[" + i + "]";
			if (closure == null) {
				breaches.add(field, Rule.REQUIRED);
				continue;
			}
			boolean ok = breaches.required(field + ".startsOn", closure.startsOn()) != null;
			ok &= breaches.required(field + ".endsOn", closure.endsOn()) != null;
			String reason = breaches.text(field + ".reason", closure.reason(), 200);
			ok &= reason != null;
			if (closure.startsOn() != null && closure.endsOn() != null && closure.endsOn().isBefore(closure.startsOn())) {
				breaches.add(field + ".endsOn", Rule.CLOSURE_ORDER);
				ok = false;
			}
			if (!ok) {
				continue;
			}
			StoreClosure clean = new StoreClosure(closure.startsOn(), closure.endsOn(), reason);
			if (valid.stream().anyMatch(clean::overlaps)) {
				breaches.add(field, Rule.CLOSURE_OVERLAP);
				continue;
			}
			valid.add(clean);
		}
		return valid.stream().sorted(Comparator.comparing(StoreClosure::startsOn)).toList();
	}

	/** The store as the audit trail records it: small, no internals. */
	Map<String, Object> snapshot() {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", profile.code());
		out.put("name", profile.names());
		out.put("regionId", profile.regionId());
		out.put("city", profile.city());
		out.put("address", profile.address());
		out.put("latitude", profile.latitude());
		out.put("longitude", profile.longitude());
		out.put("timeZone", profile.timeZone().getId());
		out.put("locale", profile.locale());
		out.put("sizeClass", profile.sizeClass().name());
		out.put("status", status.name());
		out.put("openingHours", hours.byDay());
		out.put("closures", closures.stream().map(c -> c.startsOn() + ".." + c.endsOn() + " " + c.reason()).toList());
		out.put("phone", phone);
		return out;
	}

	StoreView view(Instant now) {
		return new StoreView(id, profile.code(), profile.names(), profile.regionId(), profile.city(), profile.address(),
				profile.latitude(), profile.longitude(), profile.timeZone().getId(), profile.locale(),
				profile.sizeClass(), status, hours, closures, phone, version, isOpenAt(now));
	}

	Long id() {
		return id;
	}

	void assignId(long id) {
		if (this.id != null) {
			throw new IllegalStateException("Store " + this.id + " already has an id");
		}
		this.id = id;
	}

	Profile profile() {
		return profile;
	}

	long regionId() {
		return profile.regionId();
	}

	String code() {
		return profile.code();
	}

	WeeklyHours hours() {
		return hours;
	}

	List<StoreClosure> closures() {
		return closures;
	}

	String phone() {
		return phone;
	}

	StoreStatus status() {
		return status;
	}

	int version() {
		return version;
	}

	void versionSaved(int saved) {
		this.version = saved;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Store store && id != null && Objects.equals(id, store.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}
}
