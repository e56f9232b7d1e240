package eu.jdservices.caso.contracts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Contracts in the database ({@code contracts_contract}), and the requests about them
 * that cases brought ({@code contracts_request}).
 */
@Repository
class ContractStore {

	private final JdbcClient jdbc;

	ContractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Contract> of(String organization) {
		return this.jdbc.sql("SELECT * FROM contracts_contract WHERE organization = :organization ORDER BY service_key")
			.param("organization", organization)
			.query((rs, row) -> contract(rs))
			.list();
	}

	Optional<Contract> find(long id) {
		return this.jdbc.sql("SELECT * FROM contracts_contract WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> contract(rs))
			.optional();
	}

	/** Every contract that renews automatically: the candidates for notice deadlines. */
	List<Contract> renewing() {
		return this.jdbc.sql("SELECT * FROM contracts_contract WHERE auto_renew = TRUE AND ends_on IS NULL ORDER BY id")
			.query((rs, row) -> contract(rs))
			.list();
	}

	/**
	 * Stores the contract of its organisation and service, created or changed.
	 * @return its id
	 */
	long save(Contract contract, OffsetDateTime at) {
		int changed = this.jdbc.sql("""
				UPDATE contracts_contract SET annual_price = :price, currency = :currency, billing = :billing,
					start_date = :start, term_months = :term, auto_renew = :autoRenew, notice_days = :notice,
					ends_on = :endsOn, changed_at = :at
				WHERE organization = :organization AND service_key = :service""")
			.paramSource(params(contract, at))
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					INSERT INTO contracts_contract (organization, service_key, annual_price, currency, billing,
						start_date, term_months, auto_renew, notice_days, ends_on, changed_at)
					VALUES (:organization, :service, :price, :currency, :billing, :start, :term, :autoRenew, :notice,
						:endsOn, :at)""").paramSource(params(contract, at)).update();
		}
		return this.jdbc
			.sql("SELECT id FROM contracts_contract WHERE organization = :organization AND service_key = :service")
			.param("organization", contract.organization())
			.param("service", contract.service())
			.query(Long.class)
			.single();
	}

	/** A case asked something about a contract. */
	void requested(long caseNumber, long contractId, RequestKind kind, LocalDate askedOn, RequestEffect effect,
			Billing billing) {
		this.jdbc.sql("""
				INSERT INTO contracts_request (case_number, contract_id, kind, asked_on, effective_on, late, billing)
				VALUES (:number, :contract, :kind, :asked, :effective, :late, :billing)""")
			.param("number", caseNumber)
			.param("contract", contractId)
			.param("kind", kind.name())
			.param("asked", askedOn)
			.param("effective", effect.effectiveOn())
			.param("late", effect.late())
			.param("billing", (billing != null) ? billing.name() : null)
			.update();
	}

	/** The requests cases brought about an organisation's contracts, newest first. */
	List<ContractRequest> requestsOf(String organization) {
		return this.jdbc.sql("""
				SELECT r.* FROM contracts_request r JOIN contracts_contract c ON c.id = r.contract_id
				WHERE c.organization = :organization ORDER BY r.asked_on DESC, r.case_number DESC""")
			.param("organization", organization)
			.query((rs, row) -> new ContractRequest(rs.getLong("case_number"), rs.getLong("contract_id"),
					RequestKind.valueOf(rs.getString("kind")), rs.getObject("asked_on", LocalDate.class),
					rs.getObject("effective_on", LocalDate.class), rs.getBoolean("late"),
					(rs.getString("billing") != null) ? Billing.valueOf(rs.getString("billing")) : null))
			.list();
	}

	private static Map<String, Object> params(Contract contract, OffsetDateTime at) {
		Map<String, Object> params = new HashMap<>();
		params.put("organization", contract.organization());
		params.put("service", contract.service());
		params.put("price", contract.annualPrice().amount());
		params.put("currency", contract.annualPrice().currency().getCurrencyCode());
		params.put("billing", contract.billing().name());
		params.put("start", contract.startDate());
		params.put("term", contract.termMonths());
		params.put("autoRenew", contract.autoRenew());
		params.put("notice", contract.noticeDays());
		params.put("endsOn", contract.endsOn());
		params.put("at", at);
		return params;
	}

	private static Contract contract(ResultSet rs) throws SQLException {
		return new Contract(rs.getLong("id"), rs.getString("organization"), rs.getString("service_key"),
				new Money(rs.getBigDecimal("annual_price"), Currency.getInstance(rs.getString("currency").strip())),
				Billing.valueOf(rs.getString("billing")), rs.getObject("start_date", LocalDate.class),
				rs.getInt("term_months"), rs.getBoolean("auto_renew"), rs.getInt("notice_days"),
				rs.getObject("ends_on", LocalDate.class));
	}

}
