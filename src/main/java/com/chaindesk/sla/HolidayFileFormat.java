package com.chaindesk.sla;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.chaindesk.platform.FieldProblem;
import com.chaindesk.platform.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The holiday files the chain imports, each with its reader. */
public enum HolidayFileFormat {

	/** holiday-cn (State Council notices): {@code {year, days:[{name, date, isOffDay}]}}. */
	HOLIDAY_CN("holiday-cn"),
	/** Taiwan's government office calendar (open data 14718): {@code [{date: yyyyMMdd, week, isHoliday, description}]}. */
	TW_OPENDATA("tw-opendata");

	/** A year of a national calendar has a few dozen entries (Taiwan lists all 366 days); more is not such a file. */
	static final int MAX_ENTRIES = 400;
	static final int MAX_BYTES = 512 * 1024;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String code;

	HolidayFileFormat(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<HolidayFileFormat> find(String code) {
		return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(HolidayFileFormat::code).toList();
	}

	/**
	 * Reads one year from a file's text.
	 *
	 * @throws InvalidInput naming every bad entry by its JSON path ({@code days[3].date}) and value
	 */
	public HolidayYear read(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("file", "empty");
		}
		if (text.length() > MAX_BYTES) {
			throw new InvalidInput("file", "too large: at most " + MAX_BYTES / 1024 + " KB");
		}
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException e) {
			TokenStreamLocation at = e.getLocation();
			throw new InvalidInput(List.of(new FieldProblem("file", at == null ? "not JSON"
					: "not JSON at line " + at.getLineNr() + ", column " + at.getColumnNr())));
		}
		return switch (this) {
			case HOLIDAY_CN -> HolidayCnFile.read(root);
			case TW_OPENDATA -> TaiwanOfficeCalendarFile.read(root);
		};
	}
}
