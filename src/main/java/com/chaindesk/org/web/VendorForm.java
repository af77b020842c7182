package com.chaindesk.org.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What the vendor form posts; services as typed, separated by commas. */
public class VendorForm {
	private String code;
	private String company;
	private String services;
	private String contractNumber;
	private String contractEnds;
	private String contactPhone;
	private String contactEmail;
	private Integer version;

	static VendorForm of(com.chaindesk.org.VendorView vendor) {
		VendorForm form = new VendorForm();
		form.code = vendor.code();
		form.company = vendor.company();
		form.services = String.join(", ", vendor.services());
		form.contractNumber = vendor.contractNumber();
		form.contractEnds = vendor.contractEnds() == null ? null : vendor.contractEnds().toString();
		form.contactPhone = vendor.contactPhone();
		form.contactEmail = vendor.contactEmail();
		form.version = vendor.version();
		return form;
	}

	com.chaindesk.org.VendorDraft draft(org.springframework.validation.Errors errors) {
		LocalDate ends = null;
		if (contractEnds != null && !contractEnds.isBlank()) {
			try {
				ends = LocalDate.parse(contractEnds.strip());
			}
			catch (DateTimeParseException e) {
				errors.rejectValue("contractEnds", com.chaindesk.org.Rule.DATE_FORMAT.messageKey(), com.chaindesk.org.Rule.DATE_FORMAT.english());
			}
		}
		return new com.chaindesk.org.VendorDraft(code, company, Words.of(services), contractNumber, ends, contactPhone,
				contactEmail, version);
	}

	static String fieldOf(String ruleField) {
		return ruleField.startsWith("services") ? "services" : ruleField;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getCompany() {
		return company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public String getServices() {
		return services;
	}

	public void setServices(String services) {
		this.services = services;
	}

	public String getContractNumber() {
		return contractNumber;
	}

	public void setContractNumber(String contractNumber) {
		this.contractNumber = contractNumber;
	}

	public String getContractEnds() {
		return contractEnds;
	}

	public void setContractEnds(String contractEnds) {
		this.contractEnds = contractEnds;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
