package com.chaindesk.org.web;

import java.util.ArrayList;
import java.util.List;

/** What the agent form posts; skills as typed, separated by commas. */
public class AgentForm {
	private String username;
	private Long userId;
	private String displayName;
	private Long teamId;
	private Long vendorId;
	private String skills;
	private List<String> languages = new ArrayList<>();
	private Integer capacity = 3;
	private Integer version;

	static AgentForm of(com.chaindesk.org.AgentView agent) {
		AgentForm form = new AgentForm();
		form.username = agent.username();
		form.userId = agent.userId();
		form.displayName = agent.displayName();
		form.teamId = agent.teamId();
		form.vendorId = agent.vendorId();
		form.skills = String.join(", ", agent.skills());
		form.languages = new ArrayList<>(agent.languages());
		form.capacity = agent.capacity();
		form.version = agent.version();
		return form;
	}

	com.chaindesk.org.AgentDraft draft() {
		return new com.chaindesk.org.AgentDraft(username, userId, displayName, teamId, vendorId, Words.of(skills),
				languages == null ? List.of() : languages, capacity, version);
	}

	static String fieldOf(String ruleField) {
		if (ruleField.startsWith("skills")) {
			return "skills";
		}
		return ruleField.startsWith("languages") ? "languages" : ruleField;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Long getUserId() {
		return userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Long getTeamId() {
		return teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getVendorId() {
		return vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public String getSkills() {
		return skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
