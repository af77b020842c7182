package com.chaindesk.org.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the team form posts. */
public class TeamForm {
	private String code;
	private String nameZhCn;
	private String nameZhTw;
	private String nameEn;
	private String tier = "L1";
	private Long regionId;
	private Integer version;

	static TeamForm of(com.chaindesk.org.TeamView team) {
		TeamForm form = new TeamForm();
		form.code = team.code();
		form.nameZhCn = team.names().get("zh-CN");
		form.nameZhTw = team.names().get("zh-TW");
		form.nameEn = team.names().get("en");
		form.tier = team.tier().name();
		form.regionId = team.regionId();
		form.version = team.version();
		return form;
	}

	com.chaindesk.org.TeamDraft draft() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("zh-CN", nameZhCn);
		names.put("zh-TW", nameZhTw);
		names.put("en", nameEn);
		return new com.chaindesk.org.TeamDraft(code, names, tier, regionId, version);
	}

	static String fieldOf(String ruleField) {
		return switch (ruleField) {
			case "name.zh-CN" -> "nameZhCn";
			case "name.zh-TW" -> "nameZhTw";
			case "name.en" -> "nameEn";
			default -> ruleField;
		};
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZhCn() {
		return nameZhCn;
	}

	public void setNameZhCn(String nameZhCn) {
		this.nameZhCn = nameZhCn;
	}

	public String getNameZhTw() {
		return nameZhTw;
	}

	public void setNameZhTw(String nameZhTw) {
		this.nameZhTw = nameZhTw;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getTier() {
		return tier;
	}

	public void setTier(String tier) {
		this.tier = tier;
	}

	public Long getRegionId() {
		return regionId;
	}

	public void setRegionId(Long regionId) {
		this.regionId = regionId;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
