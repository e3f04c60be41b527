// What AWS Health returns, as lib/aws hands it on: the event, its latest description and the entities it
// affects, with times as ISO strings. lib/aws-health keeps these records (its model's schemas validate the
// same shape); lib/aws owns the shape so it needs nothing from the domains above it.

export type AwsHealthEntity = {
  value: string;
  arn?: string | undefined;
  url?: string | undefined;
  awsAccountId?: string | undefined;
  status?: string | undefined;
};

export type AwsHealthEventRecord = {
  arn: string;
  service: string;
  eventTypeCode: string;
  category: string;
  region: string;
  availabilityZone?: string | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  lastUpdatedTime?: string | undefined;
  statusCode: string;
  scope?: string | undefined;
  description: string;
  /** AWS account ids the event concerns (organization view), or the polled account. */
  affectedAccounts: string[];
  entities: AwsHealthEntity[];
};
