describe('fixtures', () => {
  it('provides sample members rows', () => {
    const rows = global.sampleMembers();
    expect(rows.map((r) => r.id)).toEqual([1, 2]);
  });

  it('points storage at a temp dir', () => {
    expect(process.env.STORAGE_ROOT).toBeTruthy();
  });
});
