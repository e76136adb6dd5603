# Copyright 2021 Tallgrass contributors. All rights reserved.

import asyncio
import sys


async def restart(service):
    proc = await asyncio.create_subprocess_shell(f"systemctl restart {service} && systemctl is-active {service}")
    return await proc.wait()


if __name__ == "__main__":
    raise SystemExit(asyncio.run(restart(sys.argv[1])))
