import aiohttp


async def fetch(url, n):
    async with aiohttp.ClientSession() as session:  # error: AW801 unsafe
        response = await session.get(f"""{url}
?n={n}""")
        text = f"""head
{n}
  tail"""
        tail = f"""{n}
"""
        nested = f"""{f'''x
{n}
'''}
{n!r:>{n}}
"""
    return response, text, tail, nested
