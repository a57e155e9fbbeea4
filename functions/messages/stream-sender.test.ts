import type { DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { beforeEach, describe, expect, it, vi } from "vitest";

const sendNotification = vi.fn();
vi.mock("./sender", () => ({ sendNotification }));

const { sendStreamRecords } = await import("./stream-sender");

function record(
  eventName: DynamoDBRecord["eventName"],
  sortKey: string,
  sequence: string,
): DynamoDBRecord {
  return {
    eventName,
    dynamodb: {
      Keys: { PK: { S: "CASE#c-1" }, SK: { S: sortKey } },
      SequenceNumber: sequence,
    },
  };
}

describe("sendStreamRecords", () => {
  beforeEach(() => {
    sendNotification.mockReset();
  });

  it("sends inserted notifications only", async () => {
    sendNotification.mockResolvedValue("sent");
    const event: DynamoDBStreamEvent = {
      Records: [
        record("INSERT", "NOTIFICATION#n-1", "1"),
        record("MODIFY", "NOTIFICATION#n-1", "2"),
        record("INSERT", "AUDIT#2026-03-02#a-1", "3"),
      ],
    };

    const result = await sendStreamRecords(event);

    expect(sendNotification).toHaveBeenCalledTimes(1);
    expect(sendNotification).toHaveBeenCalledWith({
      PK: "CASE#c-1",
      SK: "NOTIFICATION#n-1",
    });
    expect(result.batchItemFailures).toEqual([]);
  });

  it("reports a failed record for retry", async () => {
    sendNotification
      .mockRejectedValueOnce(new Error("Throttled"))
      .mockResolvedValueOnce("sent");
    const event: DynamoDBStreamEvent = {
      Records: [
        record("INSERT", "NOTIFICATION#n-1", "10"),
        record("INSERT", "NOTIFICATION#n-2", "11"),
      ],
    };

    const result = await sendStreamRecords(event);

    expect(result.batchItemFailures).toEqual([{ itemIdentifier: "10" }]);
    expect(sendNotification).toHaveBeenCalledTimes(2);
  });
});
