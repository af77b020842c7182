package com.chaindesk.org.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.chaindesk.org.Rule;
import com.chaindesk.org.StoreClosure;
import com.chaindesk.org.StoreDraft;
import com.chaindesk.org.StoreView;
import com.chaindesk.org.WeeklyHours;
import org.springframework.validation.Errors;

/**
 * What the store form posts: text as typed. Turning it into a {@link StoreDraft} only reads numbers, dates and
 * spans; the rules themselves stay with the store.
 */
public class StoreForm {

	/** A closure line: {@code 2026-12-01..2026-12-03 reason} (or a single day, or with ~ / 至 between the days). */
	private static final Pattern CLOSURE = Pattern.compile(
			"(\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:\\.\\.|~|～|至|to)\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s+(.+)");

	private String code;
	private String nameZhCn;
	private String nameZhTw;
	private String nameEn;
	private Long regionId;
	private String city;
	private String address;
	private String latitude;
	private String longitude;
	private String timeZone = "Asia/Shanghai";
	private String locale = "zh-CN";
	private String sizeClass = "M";
	private String phone;
	private String mon;
	private String tue;
	private String wed;
	private String thu;
	private String fri;
	private String sat;
	private String sun;
	private String closures;
	private Integer version;

	static StoreForm of(StoreView store) {
		StoreForm form = new StoreForm();
		form.code = store.code();
		form.nameZhCn = store.names().get("zh-CN");
		form.nameZhTw = store.names().get("zh-TW");
		form.nameEn = store.names().get("en");
		form.regionId = store.regionId();
		form.city = store.city();
		form.address = store.address();
		form.latitude = store.latitude().toPlainString();
		form.longitude = store.longitude().toPlainString();
		form.timeZone = store.timeZone();
		form.locale = store.locale();
		form.sizeClass = store.sizeClass().name();
		form.phone = store.phone();
		for (DayOfWeek day : DayOfWeek.values()) {
			form.setDay(day, store.hours().text(day));
		}
		form.closures = String.join("\n", store.closures().stream()
				.map(c -> c.startsOn() + ".." + c.endsOn() + " " + c.reason()).toList());
		form.version = store.version();
		return form;
	}

	/** The draft this form asks for; numbers and dates it cannot read are reported on their field. */
	StoreDraft toDraft(Errors errors) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("zh-CN", nameZhCn);
		names.put("zh-TW", nameZhTw);
		names.put("en", nameEn);
		return new StoreDraft(code, names, regionId, city, address, number("latitude", latitude, errors),
				number("longitude", longitude, errors), timeZone, locale, sizeClass, hours(), closures(errors), phone,
				version);
	}

	/** Keeps everything of the store but what a store manager may change: hours, closures and phone. */
	StoreDraft toLocalDraft(StoreView store, Errors errors) {
		StoreDraft mine = toDraft(errors);
		return new StoreDraft(store.code(), store.names(), store.regionId(), store.city(), store.address(),
				store.latitude().doubleValue(), store.longitude().doubleValue(), store.timeZone(), store.locale(),
				store.sizeClass().name(), mine.openingHours(), mine.closures(), mine.phone(), mine.version());
	}

	Map<String, List<String>> hours() {
		Map<String, List<String>> hours = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(WeeklyHours.key(day), WeeklyHours.splitDay(day(day)));
		}
		return hours;
	}

	private List<StoreClosure> closures(Errors errors) {
		List<StoreClosure> out = new ArrayList<>();
		if (closures == null) {
			return out;
		}
		for (String line : closures.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher m = CLOSURE.matcher(line.strip());
			try {
				if (!m.matches()) {
					throw new DateTimeParseException("no dates", line, 0);
				}
				LocalDate from = LocalDate.parse(m.group(1));
				LocalDate to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
				out.add(new StoreClosure(from, to, m.group(3).strip()));
			}
			catch (DateTimeParseException e) {
				if (!errors.hasFieldErrors("closures")) {
					errors.rejectValue("closures", Rule.DATE_FORMAT.messageKey(), Rule.DATE_FORMAT.english());
				}
				// A line we could not read still goes to the store, empty, so that nothing is saved without it.
				out.add(new StoreClosure(null, null, line));
			}
		}
		return out;
	}

	private static Double number(String field, String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace('，', '.'));
		}
		catch (NumberFormatException e) {
			errors.rejectValue(field, Rule.NUMBER_FORMAT.messageKey(), Rule.NUMBER_FORMAT.english());
			return null;
		}
	}

	/** The form field for a draft field the rules named: {@code openingHours.MON[0]} is {@code mon}. */
	static String fieldOf(String ruleField) {
		if (ruleField.startsWith("openingHours.")) {
			String day = ruleField.substring("openingHours.".length());
			int bracket = day.indexOf('[');
			String key = (bracket < 0 ? day : day.substring(0, bracket)).toLowerCase(Locale.ROOT);
			return List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").contains(key) ? key : "mon";
		}
		if (ruleField.startsWith("closures")) {
			return "closures";
		}
		return switch (ruleField) {
			case "name.zh-CN" -> "nameZhCn";
			case "name.zh-TW" -> "nameZhTw";
			case "name.en" -> "nameEn";
			case "openingHours" -> "mon";
			default -> ruleField;
		};
	}

	String day(DayOfWeek day) {
		return switch (day) {
			case MONDAY -> mon;
			case TUESDAY -> tue;
			case WEDNESDAY -> wed;
			case THURSDAY -> thu;
			case FRIDAY -> fri;
			case SATURDAY -> sat;
			case SUNDAY -> sun;
		};
	}

	void setDay(DayOfWeek day, String text) {
		switch (day) {
			case MONDAY -> mon = text;
			case TUESDAY -> tue = text;
			case WEDNESDAY -> wed = text;
			case THURSDAY -> thu = text;
			case FRIDAY -> fri = text;
			case SATURDAY -> sat = text;
			case SUNDAY -> sun = text;
		}
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getNameZhCn() { return nameZhCn; }
	public void setNameZhCn(String nameZhCn) { this.nameZhCn = nameZhCn; }
	public String getNameZhTw() { return nameZhTw; }
	public void setNameZhTw(String nameZhTw) { this.nameZhTw = nameZhTw; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String nameEn) { this.nameEn = nameEn; }
	public Long getRegionId() { return regionId; }
	public void setRegionId(Long regionId) { this.regionId = regionId; }
	public String getCity() { return city; }
	public void setCity(String city) { this.city = city; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getTimeZone() { return timeZone; }
	public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
	public String getLocale() { return locale; }
	public void setLocale(String locale) { this.locale = locale; }
	public String getSizeClass() { return sizeClass; }
	public void setSizeClass(String sizeClass) { this.sizeClass = sizeClass; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getMon() { return mon; }
	public void setMon(String mon) { this.mon = mon; }
	public String getTue() { return tue; }
	public void setTue(String tue) { this.tue = tue; }
	public String getWed() { return wed; }
	public void setWed(String wed) { this.wed = wed; }
	public String getThu() { return thu; }
	public void setThu(String thu) { this.thu = thu; }
	public String getFri() { return fri; }
	public void setFri(String fri) { this.fri = fri; }
	public String getSat() { return sat; }
	public void setSat(String sat) { this.sat = sat; }
	public String getSun() { return sun; }
	public void setSun(String sun) { this.sun = sun; }
	public String getClosures() { return closures; }
	public void setClosures(String closures) { this.closures = closures; }
	public Integer getVersion() { return version; }
	public void setVersion(Integer version) { this.version = version; }
}
