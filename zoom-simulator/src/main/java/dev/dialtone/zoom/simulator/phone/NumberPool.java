package dev.dialtone.zoom.simulator.phone;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dialtone.zoom.simulator.seed.Seed;
import dev.dialtone.zoom.simulator.seed.Seedable;

import org.springframework.stereotype.Component;

/**
 * The account's phone numbers, each belonging to a site, found by id or by E.164 number.
 */
@Component
public class NumberPool implements Seedable {

	private final Map<String, PhoneNumber> byId = new ConcurrentHashMap<>();

	private final Map<String, PhoneNumber> byNumber = new ConcurrentHashMap<>();

	@Override
	public synchronized void apply(Seed seed) {
		this.byId.clear();
		this.byNumber.clear();
		for (Seed.NumberPool pool : seed.numberPools()) {
			BigInteger first = new BigInteger(pool.first().replace("+", ""));
			for (int i = 0; i < pool.count(); i++) {
				add(null, "+" + first.add(BigInteger.valueOf(i)), pool.siteId());
			}
		}
		seed.numbers().forEach((n) -> add(n.id(), n.number(), n.siteId()));
	}

	private void add(String id, String number, String siteId) {
		String numberId = (id != null) ? id : "pn_" + number.replace("+", "");
		PhoneNumber phoneNumber = new PhoneNumber(numberId, number, siteId);
		this.byId.put(numberId, phoneNumber);
		this.byNumber.put(number, phoneNumber);
	}

	/** By number id, or by the number itself (with or without the leading +). */
	public PhoneNumber find(String idOrNumber) {
		if (idOrNumber == null) {
			return null;
		}
		PhoneNumber found = this.byId.get(idOrNumber);
		if (found == null) {
			found = this.byNumber.get(idOrNumber.startsWith("+") ? idOrNumber : "+" + idOrNumber.trim());
		}
		return found;
	}

	public List<PhoneNumber> all() {
		return this.byId.values().stream().sorted(Comparator.comparing(PhoneNumber::number)).toList();
	}

}
