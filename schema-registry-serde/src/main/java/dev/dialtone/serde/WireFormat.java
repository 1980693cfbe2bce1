package dev.dialtone.serde;

import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro
 * binary body.
 */
final class WireFormat {

	static final byte MAGIC = 0;

	static final int HEADER_SIZE = 5;

	private WireFormat() {
	}

	static ByteBuffer header(int schemaId) {
		return ByteBuffer.allocate(HEADER_SIZE).put(MAGIC).putInt(schemaId).flip();
	}

	static int schemaId(byte[] payload, String topic) {
		if (payload.length < HEADER_SIZE) {
			throw new SerializationException("Record on " + topic + " is " + payload.length
					+ " bytes, shorter than the 5-byte schema-registry header");
		}
		if (payload[0] != MAGIC) {
			throw new SerializationException("Unknown magic byte " + payload[0] + " on " + topic
					+ ": not written by a schema-registry Avro serializer");
		}
		return ByteBuffer.wrap(payload, 1, 4).getInt();
	}

}
