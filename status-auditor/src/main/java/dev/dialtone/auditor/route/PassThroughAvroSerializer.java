package dev.dialtone.auditor.route;

import dev.dialtone.serde.RegistryAvroSerializer;
import org.apache.kafka.common.header.Headers;

/**
 * The registry Avro serializer, except that raw bytes pass through unchanged: dead
 * letters keep their original bytes and still go through the same transactional producer
 * as everything else the auditor writes.
 */
public class PassThroughAvroSerializer extends RegistryAvroSerializer {

	@Override
	public byte[] serialize(String topic, Object data) {
		return (data instanceof byte[] raw) ? raw : super.serialize(topic, data);
	}

	@Override
	public byte[] serialize(String topic, Headers headers, Object data) {
		return (data instanceof byte[] raw) ? raw : super.serialize(topic, headers, data);
	}

}
