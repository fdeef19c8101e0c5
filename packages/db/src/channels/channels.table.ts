export interface ChannelsTable {
  code: string;
  label: string;
  createdAt: string;
}
