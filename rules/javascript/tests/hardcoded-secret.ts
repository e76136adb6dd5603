// Credentials in TypeScript services.
import { Injectable } from "@angular/core";
import { SignJWT } from "jose";

@Injectable({ providedIn: "root" })
export class WeatherService {
  // expect: CWE-798
  private readonly apiKey = "3f9a8c7d6e5b4a3928172635f4e3d2c1";
  // ok: CWE-798
  private readonly apiKeyParam = "appid";
  // ok: CWE-798
  private readonly baseUrl = "https://api.openweathermap.org/data/2.5";
  // ok: CWE-798
  static readonly TOKEN_HEADER: string = "x-auth-token";
}

export class AuthClient {
  // expect: CWE-798
  static clientSecret = "d41d8cd98f00b204e9800998ecf8427e";
  // ok: CWE-798
  private token = "";
}

interface DbConfig {
  user: string;
  password: string;
}

export const dbConfig: DbConfig = {
  user: "reporting",
  // expect: CWE-798
  password: "r3p0rt!ng-2024",
};

export async function mint(sub: string): Promise<string> {
  // expect: CWE-798
  const secret = new TextEncoder().encode("cc7e0d44fd473002f1c42167459001140ec6389b7353f8088f4d9a95f2f596f2");
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).sign(secret);
}

export async function mintSafe(sub: string): Promise<string> {
  // ok: CWE-798
  const secret = new TextEncoder().encode(process.env.JWT_SECRET as string);
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).sign(secret);
}
