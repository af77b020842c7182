package com.chaindesk.org;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.chaindesk.audit.AuditEvent;
import com.chaindesk.audit.AuditTrail;
import com.chaindesk.platform.Actor;
import com.chaindesk.platform.CurrentActor;
import com.chaindesk.platform.OutsideScope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many stores from one CSV file, all or nothing: every line is checked with the same rules as a single
 * store (plus codes repeated inside the file or already taken), and if any line is wrong nothing is imported and
 * every problem is reported with its line and column.
 * <p>
 * Columns (UTF-8, comma separated, header row first, any order): {@value #COLUMNS_TEXT}. {@code region} is the
 * region's code (e.g. EAST); {@code mon}..{@code sun} hold that day's spans separated by spaces, commas or
 * semicolons ({@code 10:00-14:00 17:00-22:00}), blank for closed; {@code name_zh_TW}, {@code name_en} and
 * {@code phone} may be blank.
 */
@Service
public class StoreImport {

	static final String COLUMNS_TEXT = "code,region,name_zh_CN,name_zh_TW,name_en,city,address,latitude,longitude,"
			+ "time_zone,locale,size_class,phone,mon,tue,wed,thu,fri,sat,sun";
	public static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(","));
	static final int MAX_ROWS = 2000;

	/** JSON field names of a draft, as the columns of the file. */
	private static final Map<String, String> COLUMN_OF = Map.of("regionId", "region", "timeZone", "time_zone",
			"sizeClass", "size_class", "name.zh-CN", "name_zh_CN", "name.zh-TW", "name_zh_TW", "name.en", "name_en");

	private final Stores stores;
	private final OrgDirectory directory;
	private final OrgAccess access;
	private final AuditTrail audit;

	StoreImport(Stores stores, OrgDirectory directory, OrgAccess access, AuditTrail audit) {
		this.stores = stores;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
	}

	/** Imports every line or none; returns how many stores were registered. */
	@Transactional
	public int importCsv(String text) {
		Actor actor = CurrentActor.get();
		if (!access.mayRegisterStores(actor)) {
			throw new OutsideScope("You may not register stores.");
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<CSVRecord> records = parse(text == null ? "" : text.replace("\uFEFF", ""), problems);
		if (!problems.isEmpty()) {
			throw new ImportRejected(problems);
		}
		Map<String, Long> regionsByCode = new HashMap<>();
		directory.regions().forEach(region -> regionsByCode.put(region.code(), region.id()));

		List<Store> valid = new ArrayList<>();
		Map<String, Integer> lineOfCode = new HashMap<>();
		Map<Store, Integer> lineOf = new LinkedHashMap<>();
		for (CSVRecord record : records) {
			int line = (int) record.getRecordNumber() + 1;
			List<ImportProblem> found = new ArrayList<>();
			StoreDraft draft = draft(record, line, regionsByCode, found);
			if (draft.regionId() != null && !access.mayRegisterStoreIn(actor, draft.regionId())) {
				found.add(new ImportProblem(line, "region", Rule.OUTSIDE_SCOPE, List.of()));
			}
			Integer earlier = draft.code() == null ? null : lineOfCode.putIfAbsent(draft.code(), line);
			if (earlier != null) {
				found.add(new ImportProblem(line, "code", Rule.DUPLICATE_IN_FILE, List.of(earlier)));
			}
			try {
				Store store = Store.register(draft, regionId -> true);
				if (found.isEmpty()) {
					valid.add(store);
					lineOf.put(store, line);
				}
			}
			catch (RuleBroken broken) {
				for (Breach breach : broken.breaches()) {
					String column = column(breach.field());
					// A region we could not find is already reported; a draft without one says "required" again.
					if (found.stream().noneMatch(p -> p.field().equals(column))) {
						found.add(new ImportProblem(line, column, breach.rule(), breach.args()));
					}
				}
			}
			problems.addAll(found);
		}
		Set<String> taken = stores.codesTaken(valid.stream().map(Store::code).toList());
		for (Store store : valid) {
			if (taken.contains(store.code())) {
				problems.add(new ImportProblem(lineOf.get(store), "code", Rule.DUPLICATE, List.of()));
			}
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
			throw new ImportRejected(problems);
		}
		for (Store store : valid) {
			stores.add(store);
			audit.record(new AuditEvent("store.registered", "store", store.id().toString(),
					StoreManagement.scopeOf(store), null, store.snapshot()));
		}
		return valid.size();
	}

	private static List<CSVRecord> parse(String text, List<ImportProblem> problems) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
				.setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			for (String column : COLUMNS) {
				if (!header.contains(column.toLowerCase(Locale.ROOT))) {
					problems.add(new ImportProblem(1, column, Rule.REQUIRED, List.of()));
				}
			}
			if (!problems.isEmpty()) {
				return List.of();
			}
			List<CSVRecord> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() == MAX_ROWS) {
					problems.add(new ImportProblem((int) record.getRecordNumber() + 1, "file", Rule.LIST_TOO_LONG,
							List.of(MAX_ROWS)));
					return List.of();
				}
				records.add(record);
			}
			if (records.isEmpty()) {
				problems.add(new ImportProblem(2, "file", Rule.REQUIRED, List.of()));
			}
			return records;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException e) {
			problems.add(new ImportProblem(1, "file", Rule.PATTERN, List.of("CSV with the header " + COLUMNS_TEXT)));
			return List.of();
		}
	}

	private static StoreDraft draft(CSVRecord record, int line, Map<String, Long> regionsByCode,
			List<ImportProblem> problems) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("zh-CN", value(record, "name_zh_CN"));
		names.put("zh-TW", value(record, "name_zh_TW"));
		names.put("en", value(record, "name_en"));
		Long regionId = null;
		String region = value(record, "region");
		if (region != null) {
			regionId = regionsByCode.get(region);
			if (regionId == null) {
				problems.add(new ImportProblem(line, "region", Rule.UNKNOWN_REGION, List.of()));
			}
		}
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(WeeklyHours.key(day), WeeklyHours.splitDay(value(record, WeeklyHours.key(day).toLowerCase(Locale.ROOT))));
		}
		return new StoreDraft(value(record, "code"), names, regionId, value(record, "city"), value(record, "address"),
				number(record, "latitude", line, problems), number(record, "longitude", line, problems),
				value(record, "time_zone"), value(record, "locale"), value(record, "size_class"), hours, List.of(),
				value(record, "phone"), null);
	}

	private static String value(CSVRecord record, String column) {
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		if (value == null) {
			value = record.getParser().getHeaderNames().stream().filter(h -> h.strip().equalsIgnoreCase(column))
					.findFirst().filter(record::isSet).map(record::get).orElse(null);
		}
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Double number(CSVRecord record, String column, int line, List<ImportProblem> problems) {
		String value = value(record, column);
		if (value == null) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException e) {
			problems.add(new ImportProblem(line, column, Rule.NUMBER_FORMAT, List.of()));
			return null;
		}
	}

	private static String column(String field) {
		if (field.startsWith("openingHours.")) {
			String day = field.substring("openingHours.".length());
			int bracket = day.indexOf('[');
			return (bracket < 0 ? day : day.substring(0, bracket)).toLowerCase(Locale.ROOT);
		}
		return COLUMN_OF.getOrDefault(field, field);
	}
}
